<?xml version='1.0' encoding='utf-8'?>
<!DOCTYPE TS>
<TS version="2.1" language="de">
<context>
    <name>ChatView</name>
    <message>
        <source>New chat</source>
        <translation>Neuer Chat</translation>
    </message>
    <message>
        <source>Loading %1…</source>
        <translation>%1 wird geladen …</translation>
    </message>
    <message>
        <source>Demo model — random weights, produces random text</source>
        <translation>Demo-Modell – zufällige Gewichte, erzeugt zufälligen Text</translation>
    </message>
    <message>
        <source>Choose a model…</source>
        <translation>Modell wählen …</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>Ask anything. Everything stays on this computer.</source>
        <translation>Frag einfach. Alles bleibt auf diesem Computer.</translation>
    </message>
    <message>
        <source>This session runs on the CPU because the GPU stopped responding. The backend chosen in Settings is unchanged.</source>
        <translation>Diese Sitzung läuft auf der CPU, weil die GPU nicht mehr reagiert. Das in den Einstellungen gewählte Backend bleibt unverändert.</translation>
    </message>
    <message>
        <source>Try the GPU again</source>
        <translation>GPU erneut versuchen</translation>
    </message>
</context>
<context>
    <name>CodeBlock</name>
    <message>
        <source>code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Copied</source>
        <translation>Kopiert</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Kopieren</translation>
    </message>
</context>
<context>
    <name>Composer</name>
    <message>
        <source>Message QwenDesk… (/think or /no_think switch the mode)</source>
        <translation>Nachricht an QwenDesk … (/think oder /no_think wechseln den Modus)</translation>
    </message>
    <message>
        <source>Think</source>
        <translation>Denken</translation>
    </message>
    <message>
        <source>Thinking mode: the model reasons before it answers</source>
        <translation>Denkmodus: Das Modell überlegt, bevor es antwortet</translation>
    </message>
    <message>
        <source>Non-thinking mode: the model answers directly</source>
        <translation>Ohne Denkmodus: Das Modell antwortet direkt</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Stopp</translation>
    </message>
    <message>
        <source>Send</source>
        <translation>Senden</translation>
    </message>
</context>
<context>
    <name>ContextGauge</name>
    <message>
        <source>Context %1 / %2</source>
        <translation>Kontext %1 / %2</translation>
    </message>
    <message>
        <source>Context —</source>
        <translation>Kontext –</translation>
    </message>
</context>
<context>
    <name>ConversationDelegate</name>
    <message>
        <source>Rename</source>
        <translation>Umbenennen</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
</context>
<context>
    <name>DeviceLostBanner</name>
    <message>
        <source>The GPU stopped responding. Your conversation is kept; load the model again to go on.</source>
        <translation>Die GPU reagiert nicht mehr. Dein Gespräch bleibt erhalten; lade das Modell erneut, um weiterzumachen.</translation>
    </message>
    <message>
        <source>CUDA cannot use the GPU again until QwenDesk restarts.</source>
        <translation>CUDA kann die GPU erst nach einem Neustart von QwenDesk wieder nutzen.</translation>
    </message>
    <message>
        <source>Restart QwenDesk</source>
        <translation>QwenDesk neu starten</translation>
    </message>
    <message>
        <source>Reload on the GPU</source>
        <translation>Auf der GPU neu laden</translation>
    </message>
    <message>
        <source>Continue on the CPU</source>
        <translation>Auf der CPU fortfahren</translation>
    </message>
    <message>
        <source>For this session only; the backend chosen in Settings stays as it is.</source>
        <translation>Nur für diese Sitzung; das in den Einstellungen gewählte Backend bleibt unverändert.</translation>
    </message>
</context>
<context>
    <name>EditDialog</name>
    <message>
        <source>Edit and resend</source>
        <translation>Bearbeiten und erneut senden</translation>
    </message>
    <message>
        <source>Edit the answer</source>
        <translation>Antwort bearbeiten</translation>
    </message>
</context>
<context>
    <name>EngineChooser</name>
    <message>
        <source>New messages are answered by %1.</source>
        <translation>Neue Nachrichten beantwortet %1.</translation>
    </message>
    <message>
        <source>Loading %1…</source>
        <translation>%1 wird geladen …</translation>
    </message>
    <message>
        <source>This computer</source>
        <translation>Dieser Computer</translation>
    </message>
    <message>
        <source>Choose a model folder or file, or use the demo model.</source>
        <translation>Wähle einen Modellordner oder eine Modelldatei oder nutze das Demo-Modell.</translation>
    </message>
    <message>
        <source>Demo model — random weights, produces random text</source>
        <translation>Demo-Modell – zufällige Gewichte, erzeugt zufälligen Text</translation>
    </message>
    <message>
        <source>Folder…</source>
        <translation>Ordner …</translation>
    </message>
    <message>
        <source>File…</source>
        <translation>Datei …</translation>
    </message>
    <message>
        <source>Use the demo model</source>
        <translation>Demo-Modell verwenden</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Aktualisieren</translation>
    </message>
    <message>
        <source>Use</source>
        <translation>Verwenden</translation>
    </message>
    <message>
        <source>Asking the server for its models…</source>
        <translation>Frage den Server nach seinen Modellen …</translation>
    </message>
    <message>
        <source>Could not list the models: %1</source>
        <translation>Modelle konnten nicht abgerufen werden: %1</translation>
    </message>
</context>
<context>
    <name>FirstRunDialog</name>
    <message>
        <source>Welcome to QwenDesk</source>
        <translation>Willkommen bei QwenDesk</translation>
    </message>
    <message>
        <source>Choose a model folder</source>
        <translation>Modellordner wählen</translation>
    </message>
    <message>
        <source>Choose a model file</source>
        <translation>Modelldatei wählen</translation>
    </message>
    <message>
        <source>GGUF models (*.gguf)</source>
        <translation>GGUF-Modelle (*.gguf)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Alle Dateien (*)</translation>
    </message>
    <message>
        <source>QwenDesk runs Qwen3 models on this computer, offline. Choose a model folder (Hugging Face safetensors) or a GGUF file.</source>
        <translation>QwenDesk führt Qwen3-Modelle offline auf diesem Computer aus. Wähle einen Modellordner (Hugging-Face-Safetensors) oder eine GGUF-Datei.</translation>
    </message>
    <message>
        <source>Until then the built-in demo model is loaded so every screen works. Demo model — random weights, produces random text.</source>
        <translation>Bis dahin ist das eingebaute Demo-Modell geladen, damit alles funktioniert. Demo-Modell – zufällige Gewichte, erzeugt zufälligen Text.</translation>
    </message>
    <message>
        <source>Choose a folder…</source>
        <translation>Ordner wählen …</translation>
    </message>
    <message>
        <source>Choose a file…</source>
        <translation>Datei wählen …</translation>
    </message>
    <message>
        <source>Use the demo model</source>
        <translation>Demo-Modell verwenden</translation>
    </message>
</context>
<context>
    <name>HardwareSection</name>
    <message>
        <source>Looking at this computer's processors…</source>
        <translation>Die Prozessoren dieses Computers werden ermittelt …</translation>
    </message>
    <message>
        <source>The hardware could not be probed: %1</source>
        <translation>Die Hardware konnte nicht ermittelt werden: %1</translation>
    </message>
    <message>
        <source>CPU</source>
        <translation>CPU</translation>
    </message>
    <message>
        <source>Memory</source>
        <translation>Arbeitsspeicher</translation>
    </message>
    <message>
        <source>GPUs</source>
        <translation>GPUs</translation>
    </message>
    <message>
        <source>%1 — %2, %3 memory, %4</source>
        <translation>%1 — %2, %3 Speicher, %4</translation>
    </message>
    <message>
        <source>Driver: %1</source>
        <translation>Treiber: %1</translation>
    </message>
    <message>
        <source>Built in</source>
        <translation>Eingebaut</translation>
    </message>
    <message>
        <source>Backend</source>
        <translation>Backend</translation>
    </message>
    <message>
        <source>Automatic lets QwenDesk choose. Choosing a backend forces it, and the model is loaded again.</source>
        <translation>Automatisch lässt QwenDesk wählen. Ein gewähltes Backend wird erzwungen, und das Modell wird neu geladen.</translation>
    </message>
    <message>
        <source>GPU layers</source>
        <translation>Schichten auf der GPU</translation>
    </message>
    <message>
        <source>Automatic</source>
        <translation>Automatisch</translation>
    </message>
    <message numerus="yes">
        <source>of %n layer(s)</source>
        <translation>
            <numerusform>von %n Schicht</numerusform>
            <numerusform>von %n Schichten</numerusform>
        </translation>
    </message>
    <message>
        <source>MoE experts in RAM</source>
        <translation>MoE-Experten im RAM</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>Übernehmen</translation>
    </message>
    <message>
        <source>Automatic follows the plan, which splits a model too large for the GPU with the CPU. A number puts that many layers on the GPU and the rest on the CPU; experts kept in RAM run on the CPU. The plan above shows the result, and the model is loaded again.</source>
        <translation>Automatisch folgt dem Plan, der ein Modell, das zu groß für die GPU ist, mit der CPU teilt. Eine Zahl legt so viele Schichten auf die GPU und den Rest auf die CPU; Experten im RAM laufen auf der CPU. Der Plan oben zeigt das Ergebnis, und das Modell wird neu geladen.</translation>
    </message>
    <message>
        <source>A split between the GPU and the CPU needs a GPU backend: choose Automatic, Vulkan or CUDA above.</source>
        <translation>Eine Aufteilung zwischen GPU und CPU braucht ein GPU-Backend: wähle oben Automatisch, Vulkan oder CUDA.</translation>
    </message>
</context>
<context>
    <name>HistoryErrorDialog</name>
    <message>
        <source>The chat history cannot be opened</source>
        <translation>Der Chatverlauf kann nicht geöffnet werden</translation>
    </message>
    <message>
        <source>Close the other QwenDesk window, then try again.</source>
        <translation>Schließe das andere QwenDesk-Fenster und versuche es erneut.</translation>
    </message>
    <message>
        <source>QwenDesk can keep the old file under a new name and start an empty history. Nothing is deleted.</source>
        <translation>QwenDesk kann die alte Datei unter neuem Namen aufbewahren und einen leeren Verlauf beginnen. Nichts wird gelöscht.</translation>
    </message>
    <message>
        <source>Try again</source>
        <translation>Erneut versuchen</translation>
    </message>
    <message>
        <source>Keep the old file and start a new history</source>
        <translation>Alte Datei behalten und neuen Verlauf beginnen</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Beenden</translation>
    </message>
</context>
<context>
    <name>Main</name>
    <message>
        <source>%1 — QwenDesk</source>
        <translation>%1 — QwenDesk</translation>
    </message>
    <message>
        <source>QwenDesk</source>
        <translation>QwenDesk</translation>
    </message>
</context>
<context>
    <name>MessageDelegate</name>
    <message numerus="yes">
        <source>%n earlier message(s) were left out to fit the context.</source>
        <translation>
            <numerusform>%n frühere Nachricht wurde weggelassen, damit der Kontext reicht.</numerusform>
            <numerusform>%n frühere Nachrichten wurden weggelassen, damit der Kontext reicht.</numerusform>
        </translation>
    </message>
    <message>
        <source>Interrupted: QwenDesk closed before this answer finished.</source>
        <translation>Unterbrochen: QwenDesk wurde beendet, bevor diese Antwort fertig war.</translation>
    </message>
    <message>
        <source>Stopped.</source>
        <translation>Angehalten.</translation>
    </message>
    <message>
        <source>Previous version</source>
        <translation>Vorherige Version</translation>
    </message>
    <message>
        <source>%1 / %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <source>Next version</source>
        <translation>Nächste Version</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Kopieren</translation>
    </message>
    <message>
        <source>Regenerate</source>
        <translation>Neu erzeugen</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>Bearbeiten</translation>
    </message>
    <message>
        <source>Fork</source>
        <translation>Abzweigen</translation>
    </message>
    <message>
        <source>Start a new conversation from here</source>
        <translation>Von hier aus ein neues Gespräch beginnen</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <source>Delete this message and what follows it</source>
        <translation>Diese Nachricht und alles Folgende löschen</translation>
    </message>
    <message>
        <source>%1 tokens/s · context %2 / %3</source>
        <translation>%1 Token/s · Kontext %2 / %3</translation>
    </message>
    <message>
        <source>thinking mode</source>
        <translation>Denkmodus</translation>
    </message>
    <message>
        <source>non-thinking mode</source>
        <translation>ohne Denkmodus</translation>
    </message>
    <message>
        <source>Answered by %1</source>
        <translation>Beantwortet von %1</translation>
    </message>
</context>
<context>
    <name>ModelFitList</name>
    <message>
        <source>Checking which models fit this computer…</source>
        <translation>Es wird geprüft, welche Modelle auf diesen Computer passen …</translation>
    </message>
    <message>
        <source>Hide the table</source>
        <translation>Tabelle ausblenden</translation>
    </message>
    <message>
        <source>Show every model and quantisation</source>
        <translation>Alle Modelle und Quantisierungen zeigen</translation>
    </message>
    <message>
        <source>Estimated for %1 tokens of context (Settings → Context length). ★ marks the best quantisation of each model.</source>
        <translation>Geschätzt für %1 Token Kontext (Einstellungen → Kontextlänge). ★ markiert die beste Quantisierung jedes Modells.</translation>
    </message>
    <message>
        <source>%1 tokens</source>
        <translation>%1 Token</translation>
    </message>
    <message>
        <source>CPU</source>
        <translation>CPU</translation>
    </message>
    <message>
        <source>~%1 tok/s</source>
        <translation>~%1 Token/s</translation>
    </message>
</context>
<context>
    <name>ModelPlanView</name>
    <message>
        <source>Why</source>
        <translation>Warum</translation>
    </message>
    <message>
        <source>No plan for this model: %1</source>
        <translation>Kein Plan für dieses Modell: %1</translation>
    </message>
    <message>
        <source>Planning where this model runs…</source>
        <translation>Es wird geplant, wo dieses Modell läuft …</translation>
    </message>
</context>
<context>
    <name>RemoteEngineDelegate</name>
    <message>
        <source>API key stored</source>
        <translation>API-Schlüssel gespeichert</translation>
    </message>
    <message>
        <source>No API key</source>
        <translation>Kein API-Schlüssel</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Bearbeiten …</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <source>Remove this engine and its stored API key</source>
        <translation>Diese Engine und ihren gespeicherten API-Schlüssel entfernen</translation>
    </message>
</context>
<context>
    <name>RemoteEngineDialog</name>
    <message>
        <source>Edit remote engine</source>
        <translation>Entfernte Engine bearbeiten</translation>
    </message>
    <message>
        <source>Add a remote engine</source>
        <translation>Entfernte Engine hinzufügen</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>GPU cluster</source>
        <translation>GPU-Cluster</translation>
    </message>
    <message>
        <source>Base URL</source>
        <translation>Basis-URL</translation>
    </message>
    <message>
        <source>API key</source>
        <translation>API-Schlüssel</translation>
    </message>
    <message>
        <source>Stored — type a new key to replace it</source>
        <translation>Gespeichert – neuen Schlüssel eingeben, um ihn zu ersetzen</translation>
    </message>
    <message>
        <source>None (optional)</source>
        <translation>Keiner (optional)</translation>
    </message>
    <message>
        <source>Remove the stored key</source>
        <translation>Gespeicherten Schlüssel entfernen</translation>
    </message>
    <message>
        <source>Thinking toggle</source>
        <translation>Denkmodus-Schalter</translation>
    </message>
    <message>
        <source>chat_template_kwargs (vLLM, SGLang, llama.cpp, QwenDesk)</source>
        <translation>chat_template_kwargs (vLLM, SGLang, llama.cpp, QwenDesk)</translation>
    </message>
    <message>
        <source>reasoning_effort (Ollama)</source>
        <translation>reasoning_effort (Ollama)</translation>
    </message>
    <message>
        <source>Test connection</source>
        <translation>Verbindung testen</translation>
    </message>
    <message>
        <source>Connection failed: %1</source>
        <translation>Verbindung fehlgeschlagen: %1</translation>
    </message>
    <message numerus="yes">
        <source>Connected. %n model(s) available:</source>
        <translation>
            <numerusform>Verbunden. %n Modell verfügbar:</numerusform>
            <numerusform>Verbunden. %n Modelle verfügbar:</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RemoteEnginesSection</name>
    <message>
        <source>None yet. Add a vLLM, SGLang, llama.cpp, Ollama or QwenDesk server to chat with models too large for this computer.</source>
        <translation>Noch keine. Füge einen vLLM-, SGLang-, llama.cpp-, Ollama- oder QwenDesk-Server hinzu, um mit Modellen zu chatten, die für diesen Computer zu groß sind.</translation>
    </message>
    <message>
        <source>Add engine…</source>
        <translation>Engine hinzufügen …</translation>
    </message>
    <message>
        <source>API keys are kept in a file only you can read (secrets.ini), in plain text: no system keychain is available.</source>
        <translation>API-Schlüssel werden im Klartext in einer nur für dich lesbaren Datei (secrets.ini) gespeichert: Kein System-Schlüsselbund verfügbar.</translation>
    </message>
    <message>
        <source>API keys are kept in the system keychain.</source>
        <translation>API-Schlüssel werden im System-Schlüsselbund gespeichert.</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>Choose a model folder</source>
        <translation>Modellordner wählen</translation>
    </message>
    <message>
        <source>Choose a model file</source>
        <translation>Modelldatei wählen</translation>
    </message>
    <message>
        <source>GGUF models (*.gguf)</source>
        <translation>GGUF-Modelle (*.gguf)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Modell</translation>
    </message>
    <message>
        <source>Demo model — random weights, produces random text</source>
        <translation type="vanished">Demo-Modell – zufällige Gewichte, erzeugt zufälligen Text</translation>
    </message>
    <message>
        <source>Folder…</source>
        <translation type="vanished">Ordner …</translation>
    </message>
    <message>
        <source>File…</source>
        <translation type="vanished">Datei …</translation>
    </message>
    <message>
        <source>Use the demo model</source>
        <translation type="vanished">Demo-Modell verwenden</translation>
    </message>
    <message>
        <source>Context length</source>
        <translation>Kontextlänge</translation>
    </message>
    <message>
        <source>When the context is full</source>
        <translation>Wenn der Kontext voll ist</translation>
    </message>
    <message>
        <source>Stop and tell me</source>
        <translation>Anhalten und Bescheid geben</translation>
    </message>
    <message>
        <source>Drop the oldest turns (keep the system prompt)</source>
        <translation>Älteste Runden weglassen (Systemprompt bleibt)</translation>
    </message>
    <message>
        <source>Truncate the middle (keep the first exchange)</source>
        <translation>Mitte kürzen (erster Austausch bleibt)</translation>
    </message>
    <message>
        <source>Sampling</source>
        <translation>Sampling</translation>
    </message>
    <message>
        <source>Recommended for the message's mode</source>
        <translation>Empfohlen für den Modus der Nachricht</translation>
    </message>
    <message>
        <source>Custom</source>
        <translation>Benutzerdefiniert</translation>
    </message>
    <message>
        <source>Temperature</source>
        <translation>Temperatur</translation>
    </message>
    <message>
        <source>Top-p</source>
        <translation>Top-p</translation>
    </message>
    <message>
        <source>Top-k</source>
        <translation>Top-k</translation>
    </message>
    <message>
        <source>Min-p</source>
        <translation>Min-p</translation>
    </message>
    <message>
        <source>Thinking preset</source>
        <translation>Voreinstellung Denken</translation>
    </message>
    <message>
        <source>Non-thinking preset</source>
        <translation>Voreinstellung ohne Denken</translation>
    </message>
    <message>
        <source>Longest answer (tokens)</source>
        <translation>Längste Antwort (Token)</translation>
    </message>
    <message>
        <source>System prompt</source>
        <translation>Systemprompt</translation>
    </message>
    <message>
        <source>Optional instructions for every conversation</source>
        <translation>Optionale Anweisungen für jedes Gespräch</translation>
    </message>
    <message>
        <source>Backend</source>
        <translation type="vanished">Backend</translation>
    </message>
    <message>
        <source>Automatic</source>
        <translation type="vanished">Automatisch</translation>
    </message>
    <message>
        <source>CPU</source>
        <translation type="vanished">CPU</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>Design</translation>
    </message>
    <message>
        <source>Follow the system</source>
        <translation>Wie das System</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Hell</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Dunkel</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <source>Thinking panel</source>
        <translation>Denkbereich</translation>
    </message>
    <message>
        <source>Collapse when the answer starts</source>
        <translation>Einklappen, sobald die Antwort beginnt</translation>
    </message>
    <message>
        <source>Remote engines</source>
        <translation>Entfernte Engines</translation>
    </message>
    <message>
        <source>Qwen3 models</source>
        <translation>Qwen3-Modelle</translation>
    </message>
    <message>
        <source>Hardware</source>
        <translation>Hardware</translation>
    </message>
</context>
<context>
    <name>Sidebar</name>
    <message>
        <source>New chat</source>
        <translation>Neuer Chat</translation>
    </message>
    <message>
        <source>Search all messages</source>
        <translation>Alle Nachrichten durchsuchen</translation>
    </message>
    <message>
        <source>No conversations yet</source>
        <translation>Noch keine Gespräche</translation>
    </message>
    <message>
        <source>No messages match</source>
        <translation>Keine Nachricht passt</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
</context>
<context>
    <name>ThinkingPanel</name>
    <message numerus="yes">
        <source>Thinking… %n s</source>
        <translation>
            <numerusform>Denkt nach … %n s</numerusform>
            <numerusform>Denkt nach … %n s</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Thought for %n s</source>
        <translation>
            <numerusform>%n s nachgedacht</numerusform>
            <numerusform>%n s nachgedacht</numerusform>
        </translation>
    </message>
    <message>
        <source>Hide the thinking</source>
        <translation>Überlegungen ausblenden</translation>
    </message>
    <message>
        <source>Show the thinking</source>
        <translation>Überlegungen anzeigen</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Kopieren</translation>
    </message>
</context>
<context>
    <name>UndoBar</name>
    <message>
        <source>Deleted “%1”</source>
        <translation>„%1“ gelöscht</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Rückgängig</translation>
    </message>
</context>
<context>
    <name>qwendesk::app::ChatController</name>
    <message>
        <source>New chat</source>
        <translation>Neuer Chat</translation>
    </message>
    <message>
        <source>The history could not be saved: %1</source>
        <translation>Der Verlauf konnte nicht gespeichert werden: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n answer(s) were interrupted when QwenDesk last closed; what had arrived was kept.</source>
        <translation>
            <numerusform>%n Antwort wurde beim letzten Beenden von QwenDesk unterbrochen; das Empfangene ist erhalten.</numerusform>
            <numerusform>%n Antworten wurden beim letzten Beenden von QwenDesk unterbrochen; das Empfangene ist erhalten.</numerusform>
        </translation>
    </message>
    <message>
        <source>The damaged history was kept as %1. A new history was started.</source>
        <translation>Der beschädigte Verlauf wurde als %1 aufbewahrt. Ein neuer Verlauf wurde begonnen.</translation>
    </message>
    <message>
        <source>The history is not available: %1</source>
        <translation>Der Verlauf ist nicht verfügbar: %1</translation>
    </message>
    <message>
        <source>no model is set and the demo model is missing</source>
        <translation>kein Modell eingestellt und das Demo-Modell fehlt</translation>
    </message>
    <message>
        <source>Demo model</source>
        <translation>Demo-Modell</translation>
    </message>
    <message>
        <source>The model does not fit in memory: %1. Try a smaller or more quantised model.</source>
        <translation>Das Modell passt nicht in den Speicher: %1. Versuche ein kleineres oder stärker quantisiertes Modell.</translation>
    </message>
    <message>
        <source>The model could not be loaded: %1</source>
        <translation>Das Modell konnte nicht geladen werden: %1</translation>
    </message>
    <message>
        <source>The model is still loading; try again in a moment.</source>
        <translation>Das Modell wird noch geladen; versuche es gleich noch einmal.</translation>
    </message>
    <message>
        <source>No model is loaded. Choose one in Settings.</source>
        <translation>Kein Modell geladen. Wähle eins in den Einstellungen.</translation>
    </message>
    <message>
        <source>The answer stopped because the context is full.</source>
        <translation>Die Antwort wurde beendet, weil der Kontext voll ist.</translation>
    </message>
    <message>
        <source>This conversation no longer fits in the model's context (%1). Choose in Settings to drop the oldest turns or truncate the middle, raise the context length, or start a new conversation.</source>
        <translation>Dieses Gespräch passt nicht mehr in den Kontext des Modells (%1). Wähle in den Einstellungen, die ältesten Runden wegzulassen oder die Mitte zu kürzen, erhöhe die Kontextlänge oder beginne ein neues Gespräch.</translation>
    </message>
    <message>
        <source>Out of memory while generating (%1). Try a shorter context length or a smaller model.</source>
        <translation>Zu wenig Speicher beim Erzeugen (%1). Versuche eine kürzere Kontextlänge oder ein kleineres Modell.</translation>
    </message>
    <message>
        <source>The answer could not be generated: %1</source>
        <translation>Die Antwort konnte nicht erzeugt werden: %1</translation>
    </message>
    <message>
        <source>%1 (fork)</source>
        <translation>%1 (Abzweigung)</translation>
    </message>
    <message>
        <source>The connection was cut mid-answer; what arrived is kept (%1).</source>
        <translation>Die Verbindung brach mitten in der Antwort ab; das Empfangene ist erhalten (%1).</translation>
    </message>
    <message>
        <source>The server refused the API key (%1). Check the key in Settings.</source>
        <translation>Der Server hat den API-Schlüssel abgelehnt (%1). Prüfe den Schlüssel in den Einstellungen.</translation>
    </message>
    <message>
        <source>The server is busy (%1). Try again in a moment.</source>
        <translation>Der Server ist ausgelastet (%1). Versuche es gleich noch einmal.</translation>
    </message>
    <message>
        <source>The server cannot be reached: %1</source>
        <translation>Der Server ist nicht erreichbar: %1</translation>
    </message>
    <message>
        <source>The server failed: %1</source>
        <translation>Der Server ist fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>The GPU stopped responding. Load the model again (on the GPU or the CPU) to go on.</source>
        <translation>Die GPU reagiert nicht mehr. Lade das Modell erneut (auf der GPU oder der CPU), um weiterzumachen.</translation>
    </message>
    <message>
        <source>The GPU stopped responding: %1</source>
        <translation>Die GPU reagiert nicht mehr: %1</translation>
    </message>
    <message>
        <source>QwenDesk could not restart itself. Close it and open it again to use the GPU.</source>
        <translation>QwenDesk konnte sich nicht neu starten. Schließe es und öffne es erneut, um die GPU zu nutzen.</translation>
    </message>
    <message>
        <source>The GPU stopped responding; the answer was cut short and what arrived is kept.</source>
        <translation>Die GPU reagiert nicht mehr; die Antwort wurde abgebrochen, das bereits Angekommene bleibt erhalten.</translation>
    </message>
</context>
<context>
    <name>qwendesk::app::HardwareInfo</name>
    <message>
        <source>dedicated</source>
        <translation>dediziert</translation>
    </message>
    <message>
        <source>integrated</source>
        <translation>integriert</translation>
    </message>
    <message>
        <source>virtual</source>
        <translation>virtuell</translation>
    </message>
    <message>
        <source>software, runs on the CPU</source>
        <translation>Software, läuft auf der CPU</translation>
    </message>
    <message>
        <source>other</source>
        <translation>andere</translation>
    </message>
    <message>
        <source>working</source>
        <translation>funktioniert</translation>
    </message>
    <message>
        <source>not built into this version</source>
        <translation>in dieser Version nicht enthalten</translation>
    </message>
    <message>
        <source>no driver</source>
        <translation>kein Treiber</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>fehlgeschlagen</translation>
    </message>
    <message>
        <source>Automatic (the planner's choice)</source>
        <translation>Automatisch (Wahl des Planers)</translation>
    </message>
    <message>
        <source>CPU</source>
        <translation>CPU</translation>
    </message>
    <message>
        <source>Vulkan (GPU)</source>
        <translation>Vulkan (GPU)</translation>
    </message>
    <message>
        <source>CUDA (NVIDIA GPU)</source>
        <translation>CUDA (NVIDIA-GPU)</translation>
    </message>
    <message>
        <source>the CPU</source>
        <translation>der CPU</translation>
    </message>
    <message>
        <source>%1 cores / %2 threads</source>
        <translation>%1 Kerne / %2 Threads</translation>
    </message>
    <message>
        <source>%1 threads</source>
        <translation>%1 Threads</translation>
    </message>
    <message>
        <source>%1 (%2), %3, %4 kernels</source>
        <translation>%1 (%2), %3, %4-Kernels</translation>
    </message>
    <message>
        <source>described CPU</source>
        <translation>beschriebene CPU</translation>
    </message>
    <message>
        <source>%1 cores</source>
        <translation>%1 Kerne</translation>
    </message>
    <message>
        <source>%1 kernels</source>
        <translation>%1-Kernels</translation>
    </message>
    <message>
        <source>%1 (%2 available now)</source>
        <translation>%1 (%2 jetzt frei)</translation>
    </message>
    <message>
        <source>NVIDIA driver, CUDA %1</source>
        <translation>NVIDIA-Treiber, CUDA %1</translation>
    </message>
    <message>
        <source>%1, Vulkan %2</source>
        <translation>%1, Vulkan %2</translation>
    </message>
    <message>
        <source>described, not probed</source>
        <translation>beschrieben, nicht ermittelt</translation>
    </message>
    <message>
        <source>no API</source>
        <translation>keine API</translation>
    </message>
    <message>
        <source>No GPU found.</source>
        <translation>Keine GPU gefunden.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message numerus="yes">
        <source>%n device(s)</source>
        <translation>
            <numerusform>%n Gerät</numerusform>
            <numerusform>%n Geräte</numerusform>
        </translation>
    </message>
    <message>
        <source>Planned on %1 with %2 tokens of context: %3 of %4 usable — %5</source>
        <translation>Geplant auf %1 mit %2 Token Kontext: %3 von %4 nutzbar — %5</translation>
    </message>
    <message>
        <source>%1 of weights (exact, from the file)</source>
        <translation>%1 Gewichte (exakt, aus der Datei)</translation>
    </message>
    <message>
        <source>%1 of weights (estimated)</source>
        <translation>%1 Gewichte (geschätzt)</translation>
    </message>
    <message>
        <source>weights %1 + KV cache %2 + working %3 + runtime %4 = %5 of %6 usable (%7, %8 kept free)</source>
        <translation>Gewichte %1 + KV-Cache %2 + Arbeitsspeicher %3 + Laufzeit %4 = %5 von %6 nutzbar (%7, %8 frei gehalten)</translation>
    </message>
    <message>
        <source>roughly %1 tokens/s when generating</source>
        <translation>etwa %1 Token/s beim Erzeugen</translation>
    </message>
    <message>
        <source>Loading %1…</source>
        <translation>%1 wird geladen …</translation>
    </message>
    <message>
        <source>No model is loaded.</source>
        <translation>Kein Modell geladen.</translation>
    </message>
    <message>
        <source>New messages are answered by the remote engine %1.</source>
        <translation>Neue Nachrichten beantwortet die entfernte Engine %1.</translation>
    </message>
    <message>
        <source>%1 runs on %2 with %3 tokens of context.</source>
        <translation>%1 läuft auf %2 mit %3 Token Kontext.</translation>
    </message>
    <message>
        <source>No Qwen3 model runs comfortably here; models marked tight may still load but leave little room or run slowly.</source>
        <translation>Kein Qwen3-Modell läuft hier bequem; als knapp markierte Modelle laden vielleicht, lassen aber wenig Reserve oder sind langsam.</translation>
    </message>
    <message>
        <source>Best pick for this computer: %1 %2 on %3 with %4 tokens of context.</source>
        <translation>Beste Wahl für diesen Computer: %1 %2 auf %3 mit %4 Token Kontext.</translation>
    </message>
    <message>
        <source>Split with the CPU: %1 of %2 layers on the GPU</source>
        <translation>Mit der CPU geteilt: %1 von %2 Schichten auf der GPU</translation>
    </message>
    <message>
        <source>experts of layers %1 in RAM</source>
        <translation>Experten der Schichten %1 im RAM</translation>
    </message>
    <message>
        <source>%1 in RAM</source>
        <translation>%1 im RAM</translation>
    </message>
    <message>
        <source>Automatic</source>
        <translation>Automatisch</translation>
    </message>
    <message>
        <source>None (every expert on the GPU)</source>
        <translation>Keine (alle Experten auf der GPU)</translation>
    </message>
    <message>
        <source>All (every layer's experts in RAM)</source>
        <translation>Alle (die Experten jeder Schicht im RAM)</translation>
    </message>
    <message>
        <source>These layers…</source>
        <translation>Diese Schichten…</translation>
    </message>
    <message>
        <source>The model's layers are not known yet; wait until its plan is shown.</source>
        <translation>Die Schichten des Modells sind noch nicht bekannt; warte, bis sein Plan angezeigt wird.</translation>
    </message>
</context>
<context>
    <name>qwendesk::app::RemoteEngines</name>
    <message>
        <source>The base URL must start with http:// or https://</source>
        <translation>Die Basis-URL muss mit http:// oder https:// beginnen</translation>
    </message>
    <message>
        <source>no such remote engine</source>
        <translation>keine solche entfernte Engine</translation>
    </message>
</context>
<context>
    <name>qwendesk::ui::RecommendationModel</name>
    <message>
        <source>fits</source>
        <translation>passt</translation>
    </message>
    <message>
        <source>tight</source>
        <translation>knapp</translation>
    </message>
    <message>
        <source>too large</source>
        <translation>zu groß</translation>
    </message>
</context>
</TS>
