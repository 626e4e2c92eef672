<?xml version='1.0' encoding='utf-8'?>
<!DOCTYPE TS>
<TS version="2.1" language="fr">
<context>
    <name>ChatView</name>
    <message>
        <source>New chat</source>
        <translation>Nouvelle discussion</translation>
    </message>
    <message>
        <source>Loading %1…</source>
        <translation>Chargement de %1…</translation>
    </message>
    <message>
        <source>Demo model — random weights, produces random text</source>
        <translation>Modèle de démonstration — poids aléatoires, produit du texte aléatoire</translation>
    </message>
    <message>
        <source>Choose a model…</source>
        <translation>Choisir un modèle…</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Paramètres</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>Ignorer</translation>
    </message>
    <message>
        <source>Ask anything. Everything stays on this computer.</source>
        <translation>Posez n’importe quelle question. Tout reste sur cet ordinateur.</translation>
    </message>
    <message>
        <source>This session runs on the CPU because the GPU stopped responding. The backend chosen in Settings is unchanged.</source>
        <translation>Cette session s’exécute sur le processeur car le GPU ne répond plus. Le moteur choisi dans les paramètres n’a pas changé.</translation>
    </message>
    <message>
        <source>Try the GPU again</source>
        <translation>Réessayer le GPU</translation>
    </message>
</context>
<context>
    <name>CodeBlock</name>
    <message>
        <source>code</source>
        <translation>code</translation>
    </message>
    <message>
        <source>Copied</source>
        <translation>Copié</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Copier</translation>
    </message>
</context>
<context>
    <name>Composer</name>
    <message>
        <source>Message QwenDesk… (/think or /no_think switch the mode)</source>
        <translation>Écrire à QwenDesk… (/think ou /no_think changent le mode)</translation>
    </message>
    <message>
        <source>Think</source>
        <translation>Réfléchir</translation>
    </message>
    <message>
        <source>Thinking mode: the model reasons before it answers</source>
        <translation>Mode réflexion : le modèle raisonne avant de répondre</translation>
    </message>
    <message>
        <source>Non-thinking mode: the model answers directly</source>
        <translation>Mode sans réflexion : le modèle répond directement</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Arrêter</translation>
    </message>
    <message>
        <source>Send</source>
        <translation>Envoyer</translation>
    </message>
</context>
<context>
    <name>ContextGauge</name>
    <message>
        <source>Context %1 / %2</source>
        <translation>Contexte %1 / %2</translation>
    </message>
    <message>
        <source>Context —</source>
        <translation>Contexte —</translation>
    </message>
</context>
<context>
    <name>ConversationDelegate</name>
    <message>
        <source>Rename</source>
        <translation>Renommer</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Supprimer</translation>
    </message>
</context>
<context>
    <name>DeviceLostBanner</name>
    <message>
        <source>The GPU stopped responding. Your conversation is kept; load the model again to go on.</source>
        <translation>Le GPU ne répond plus. Votre conversation est conservée ; rechargez le modèle pour continuer.</translation>
    </message>
    <message>
        <source>CUDA cannot use the GPU again until QwenDesk restarts.</source>
        <translation>CUDA ne peut plus utiliser le GPU tant que QwenDesk n’a pas redémarré.</translation>
    </message>
    <message>
        <source>Restart QwenDesk</source>
        <translation>Redémarrer QwenDesk</translation>
    </message>
    <message>
        <source>Reload on the GPU</source>
        <translation>Recharger sur le GPU</translation>
    </message>
    <message>
        <source>Continue on the CPU</source>
        <translation>Continuer sur le processeur</translation>
    </message>
    <message>
        <source>For this session only; the backend chosen in Settings stays as it is.</source>
        <translation>Pour cette session seulement ; le moteur choisi dans les paramètres reste le même.</translation>
    </message>
</context>
<context>
    <name>EditDialog</name>
    <message>
        <source>Edit and resend</source>
        <translation>Modifier et renvoyer</translation>
    </message>
    <message>
        <source>Edit the answer</source>
        <translation>Modifier la réponse</translation>
    </message>
</context>
<context>
    <name>EngineChooser</name>
    <message>
        <source>New messages are answered by %1.</source>
        <translation>Les nouveaux messages sont traités par %1.</translation>
    </message>
    <message>
        <source>Loading %1…</source>
        <translation>Chargement de %1…</translation>
    </message>
    <message>
        <source>This computer</source>
        <translation>Cet ordinateur</translation>
    </message>
    <message>
        <source>Choose a model folder or file, or use the demo model.</source>
        <translation>Choisissez un dossier ou un fichier de modèle, ou utilisez le modèle de démonstration.</translation>
    </message>
    <message>
        <source>Demo model — random weights, produces random text</source>
        <translation>Modèle de démonstration — poids aléatoires, produit du texte aléatoire</translation>
    </message>
    <message>
        <source>Folder…</source>
        <translation>Dossier…</translation>
    </message>
    <message>
        <source>File…</source>
        <translation>Fichier…</translation>
    </message>
    <message>
        <source>Use the demo model</source>
        <translation>Utiliser le modèle de démonstration</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Actualiser</translation>
    </message>
    <message>
        <source>Use</source>
        <translation>Utiliser</translation>
    </message>
    <message>
        <source>Asking the server for its models…</source>
        <translation>Demande de la liste des modèles au serveur…</translation>
    </message>
    <message>
        <source>Could not list the models: %1</source>
        <translation>Impossible de lister les modèles : %1</translation>
    </message>
</context>
<context>
    <name>FirstRunDialog</name>
    <message>
        <source>Welcome to QwenDesk</source>
        <translation>Bienvenue dans QwenDesk</translation>
    </message>
    <message>
        <source>Choose a model folder</source>
        <translation>Choisir un dossier de modèle</translation>
    </message>
    <message>
        <source>Choose a model file</source>
        <translation>Choisir un fichier de modèle</translation>
    </message>
    <message>
        <source>GGUF models (*.gguf)</source>
        <translation>Modèles GGUF (*.gguf)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>QwenDesk runs Qwen3 models on this computer, offline. Choose a model folder (Hugging Face safetensors) or a GGUF file.</source>
        <translation>QwenDesk exécute les modèles Qwen3 sur cet ordinateur, hors ligne. Choisissez un dossier de modèle (safetensors Hugging Face) ou un fichier GGUF.</translation>
    </message>
    <message>
        <source>Until then the built-in demo model is loaded so every screen works. Demo model — random weights, produces random text.</source>
        <translation>En attendant, le modèle de démonstration intégré est chargé pour que tout fonctionne. Modèle de démonstration — poids aléatoires, produit du texte aléatoire.</translation>
    </message>
    <message>
        <source>Choose a folder…</source>
        <translation>Choisir un dossier…</translation>
    </message>
    <message>
        <source>Choose a file…</source>
        <translation>Choisir un fichier…</translation>
    </message>
    <message>
        <source>Use the demo model</source>
        <translation>Utiliser le modèle de démonstration</translation>
    </message>
</context>
<context>
    <name>HardwareSection</name>
    <message>
        <source>Looking at this computer's processors…</source>
        <translation>Examen des processeurs de cet ordinateur…</translation>
    </message>
    <message>
        <source>The hardware could not be probed: %1</source>
        <translation>Impossible d’examiner le matériel : %1</translation>
    </message>
    <message>
        <source>CPU</source>
        <translation>CPU</translation>
    </message>
    <message>
        <source>Memory</source>
        <translation>Mémoire</translation>
    </message>
    <message>
        <source>GPUs</source>
        <translation>GPU</translation>
    </message>
    <message>
        <source>%1 — %2, %3 memory, %4</source>
        <translation>%1 — %2, %3 de mémoire, %4</translation>
    </message>
    <message>
        <source>Driver: %1</source>
        <translation>Pilote : %1</translation>
    </message>
    <message>
        <source>Built in</source>
        <translation>Intégrés</translation>
    </message>
    <message>
        <source>Backend</source>
        <translation>Moteur de calcul</translation>
    </message>
    <message>
        <source>Automatic lets QwenDesk choose. Choosing a backend forces it, and the model is loaded again.</source>
        <translation>Automatique laisse QwenDesk choisir. Choisir un moteur l’impose, et le modèle est rechargé.</translation>
    </message>
    <message>
        <source>GPU layers</source>
        <translation>Couches sur le GPU</translation>
    </message>
    <message>
        <source>Automatic</source>
        <translation>Automatique</translation>
    </message>
    <message numerus="yes">
        <source>of %n layer(s)</source>
        <translation>
            <numerusform>sur %n couche</numerusform>
            <numerusform>sur %n couches</numerusform>
        </translation>
    </message>
    <message>
        <source>MoE experts in RAM</source>
        <translation>Experts MoE en RAM</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>Appliquer</translation>
    </message>
    <message>
        <source>Automatic follows the plan, which splits a model too large for the GPU with the CPU. A number puts that many layers on the GPU and the rest on the CPU; experts kept in RAM run on the CPU. The plan above shows the result, and the model is loaded again.</source>
        <translation>Automatique suit le plan, qui répartit avec le processeur un modèle trop grand pour le GPU. Un nombre place autant de couches sur le GPU et le reste sur le processeur ; les experts gardés en RAM s’exécutent sur le processeur. Le plan ci-dessus montre le résultat, et le modèle est rechargé.</translation>
    </message>
    <message>
        <source>A split between the GPU and the CPU needs a GPU backend: choose Automatic, Vulkan or CUDA above.</source>
        <translation>Une répartition entre le GPU et le processeur demande un backend GPU : choisissez Automatique, Vulkan ou CUDA ci-dessus.</translation>
    </message>
</context>
<context>
    <name>HistoryErrorDialog</name>
    <message>
        <source>The chat history cannot be opened</source>
        <translation>Impossible d’ouvrir l’historique des discussions</translation>
    </message>
    <message>
        <source>Close the other QwenDesk window, then try again.</source>
        <translation>Fermez l’autre fenêtre QwenDesk, puis réessayez.</translation>
    </message>
    <message>
        <source>QwenDesk can keep the old file under a new name and start an empty history. Nothing is deleted.</source>
        <translation>QwenDesk peut conserver l’ancien fichier sous un autre nom et démarrer un historique vide. Rien n’est supprimé.</translation>
    </message>
    <message>
        <source>Try again</source>
        <translation>Réessayer</translation>
    </message>
    <message>
        <source>Keep the old file and start a new history</source>
        <translation>Conserver l’ancien fichier et démarrer un nouvel historique</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Quitter</translation>
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
            <numerusform>%n message précédent a été omis pour tenir dans le contexte.</numerusform>
            <numerusform>%n messages précédents ont été omis pour tenir dans le contexte.</numerusform>
        </translation>
    </message>
    <message>
        <source>Interrupted: QwenDesk closed before this answer finished.</source>
        <translation>Interrompue : QwenDesk s’est fermé avant la fin de cette réponse.</translation>
    </message>
    <message>
        <source>Stopped.</source>
        <translation>Arrêtée.</translation>
    </message>
    <message>
        <source>Previous version</source>
        <translation>Version précédente</translation>
    </message>
    <message>
        <source>%1 / %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <source>Next version</source>
        <translation>Version suivante</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Copier</translation>
    </message>
    <message>
        <source>Regenerate</source>
        <translation>Régénérer</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>Modifier</translation>
    </message>
    <message>
        <source>Fork</source>
        <translation>Dériver</translation>
    </message>
    <message>
        <source>Start a new conversation from here</source>
        <translation>Démarrer une nouvelle discussion à partir d’ici</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <source>Delete this message and what follows it</source>
        <translation>Supprimer ce message et ce qui suit</translation>
    </message>
    <message>
        <source>%1 tokens/s · context %2 / %3</source>
        <translation>%1 jetons/s · contexte %2 / %3</translation>
    </message>
    <message>
        <source>thinking mode</source>
        <translation>mode réflexion</translation>
    </message>
    <message>
        <source>non-thinking mode</source>
        <translation>mode sans réflexion</translation>
    </message>
    <message>
        <source>Answered by %1</source>
        <translation>Réponse de %1</translation>
    </message>
</context>
<context>
    <name>ModelFitList</name>
    <message>
        <source>Checking which models fit this computer…</source>
        <translation>Recherche des modèles adaptés à cet ordinateur…</translation>
    </message>
    <message>
        <source>Hide the table</source>
        <translation>Masquer le tableau</translation>
    </message>
    <message>
        <source>Show every model and quantisation</source>
        <translation>Afficher tous les modèles et quantifications</translation>
    </message>
    <message>
        <source>Estimated for %1 tokens of context (Settings → Context length). ★ marks the best quantisation of each model.</source>
        <translation>Estimé pour %1 jetons de contexte (Paramètres → Longueur du contexte). ★ indique la meilleure quantification de chaque modèle.</translation>
    </message>
    <message>
        <source>%1 tokens</source>
        <translation>%1 jetons</translation>
    </message>
    <message>
        <source>CPU</source>
        <translation>CPU</translation>
    </message>
    <message>
        <source>~%1 tok/s</source>
        <translation>~%1 jetons/s</translation>
    </message>
</context>
<context>
    <name>ModelPlanView</name>
    <message>
        <source>Why</source>
        <translation>Pourquoi</translation>
    </message>
    <message>
        <source>No plan for this model: %1</source>
        <translation>Aucun plan pour ce modèle : %1</translation>
    </message>
    <message>
        <source>Planning where this model runs…</source>
        <translation>Calcul de l’emplacement où ce modèle s’exécute…</translation>
    </message>
</context>
<context>
    <name>RemoteEngineDelegate</name>
    <message>
        <source>API key stored</source>
        <translation>Clé d’API enregistrée</translation>
    </message>
    <message>
        <source>No API key</source>
        <translation>Aucune clé d’API</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Modifier…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <source>Remove this engine and its stored API key</source>
        <translation>Supprimer ce moteur et sa clé d’API enregistrée</translation>
    </message>
</context>
<context>
    <name>RemoteEngineDialog</name>
    <message>
        <source>Edit remote engine</source>
        <translation>Modifier le moteur distant</translation>
    </message>
    <message>
        <source>Add a remote engine</source>
        <translation>Ajouter un moteur distant</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>GPU cluster</source>
        <translation>Grappe de GPU</translation>
    </message>
    <message>
        <source>Base URL</source>
        <translation>URL de base</translation>
    </message>
    <message>
        <source>API key</source>
        <translation>Clé d’API</translation>
    </message>
    <message>
        <source>Stored — type a new key to replace it</source>
        <translation>Enregistrée — saisissez une nouvelle clé pour la remplacer</translation>
    </message>
    <message>
        <source>None (optional)</source>
        <translation>Aucune (facultatif)</translation>
    </message>
    <message>
        <source>Remove the stored key</source>
        <translation>Supprimer la clé enregistrée</translation>
    </message>
    <message>
        <source>Thinking toggle</source>
        <translation>Bascule de réflexion</translation>
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
        <translation>Tester la connexion</translation>
    </message>
    <message>
        <source>Connection failed: %1</source>
        <translation>Échec de la connexion : %1</translation>
    </message>
    <message numerus="yes">
        <source>Connected. %n model(s) available:</source>
        <translation>
            <numerusform>Connecté. %n modèle disponible :</numerusform>
            <numerusform>Connecté. %n modèles disponibles :</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RemoteEnginesSection</name>
    <message>
        <source>None yet. Add a vLLM, SGLang, llama.cpp, Ollama or QwenDesk server to chat with models too large for this computer.</source>
        <translation>Aucun pour l’instant. Ajoutez un serveur vLLM, SGLang, llama.cpp, Ollama ou QwenDesk pour discuter avec des modèles trop grands pour cet ordinateur.</translation>
    </message>
    <message>
        <source>Add engine…</source>
        <translation>Ajouter un moteur…</translation>
    </message>
    <message>
        <source>API keys are kept in a file only you can read (secrets.ini), in plain text: no system keychain is available.</source>
        <translation>Les clés d’API sont conservées en clair dans un fichier que vous seul pouvez lire (secrets.ini) : aucun trousseau système n’est disponible.</translation>
    </message>
    <message>
        <source>API keys are kept in the system keychain.</source>
        <translation>Les clés d’API sont conservées dans le trousseau du système.</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Paramètres</translation>
    </message>
    <message>
        <source>Choose a model folder</source>
        <translation>Choisir un dossier de modèle</translation>
    </message>
    <message>
        <source>Choose a model file</source>
        <translation>Choisir un fichier de modèle</translation>
    </message>
    <message>
        <source>GGUF models (*.gguf)</source>
        <translation>Modèles GGUF (*.gguf)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Modèle</translation>
    </message>
    <message>
        <source>Demo model — random weights, produces random text</source>
        <translation type="vanished">Modèle de démonstration — poids aléatoires, produit du texte aléatoire</translation>
    </message>
    <message>
        <source>Folder…</source>
        <translation type="vanished">Dossier…</translation>
    </message>
    <message>
        <source>File…</source>
        <translation type="vanished">Fichier…</translation>
    </message>
    <message>
        <source>Use the demo model</source>
        <translation type="vanished">Utiliser le modèle de démonstration</translation>
    </message>
    <message>
        <source>Context length</source>
        <translation>Longueur du contexte</translation>
    </message>
    <message>
        <source>When the context is full</source>
        <translation>Quand le contexte est plein</translation>
    </message>
    <message>
        <source>Stop and tell me</source>
        <translation>M’arrêter et me prévenir</translation>
    </message>
    <message>
        <source>Drop the oldest turns (keep the system prompt)</source>
        <translation>Retirer les échanges les plus anciens (garder le prompt système)</translation>
    </message>
    <message>
        <source>Truncate the middle (keep the first exchange)</source>
        <translation>Couper le milieu (garder le premier échange)</translation>
    </message>
    <message>
        <source>Sampling</source>
        <translation>Échantillonnage</translation>
    </message>
    <message>
        <source>Recommended for the message's mode</source>
        <translation>Recommandé pour le mode du message</translation>
    </message>
    <message>
        <source>Custom</source>
        <translation>Personnalisé</translation>
    </message>
    <message>
        <source>Temperature</source>
        <translation>Température</translation>
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
        <translation>Préréglage réflexion</translation>
    </message>
    <message>
        <source>Non-thinking preset</source>
        <translation>Préréglage sans réflexion</translation>
    </message>
    <message>
        <source>Longest answer (tokens)</source>
        <translation>Réponse la plus longue (jetons)</translation>
    </message>
    <message>
        <source>System prompt</source>
        <translation>Prompt système</translation>
    </message>
    <message>
        <source>Optional instructions for every conversation</source>
        <translation>Instructions facultatives pour chaque discussion</translation>
    </message>
    <message>
        <source>Backend</source>
        <translation type="vanished">Moteur de calcul</translation>
    </message>
    <message>
        <source>Automatic</source>
        <translation type="vanished">Automatique</translation>
    </message>
    <message>
        <source>CPU</source>
        <translation type="vanished">CPU</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>Thème</translation>
    </message>
    <message>
        <source>Follow the system</source>
        <translation>Suivre le système</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Clair</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Sombre</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <source>Thinking panel</source>
        <translation>Panneau de réflexion</translation>
    </message>
    <message>
        <source>Collapse when the answer starts</source>
        <translation>Replier quand la réponse commence</translation>
    </message>
    <message>
        <source>Remote engines</source>
        <translation>Moteurs distants</translation>
    </message>
    <message>
        <source>Qwen3 models</source>
        <translation>Modèles Qwen3</translation>
    </message>
    <message>
        <source>Hardware</source>
        <translation>Matériel</translation>
    </message>
</context>
<context>
    <name>Sidebar</name>
    <message>
        <source>New chat</source>
        <translation>Nouvelle discussion</translation>
    </message>
    <message>
        <source>Search all messages</source>
        <translation>Rechercher dans tous les messages</translation>
    </message>
    <message>
        <source>No conversations yet</source>
        <translation>Aucune discussion pour l’instant</translation>
    </message>
    <message>
        <source>No messages match</source>
        <translation>Aucun message ne correspond</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Paramètres</translation>
    </message>
</context>
<context>
    <name>ThinkingPanel</name>
    <message numerus="yes">
        <source>Thinking… %n s</source>
        <translation>
            <numerusform>Réflexion… %n s</numerusform>
            <numerusform>Réflexion… %n s</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Thought for %n s</source>
        <translation>
            <numerusform>A réfléchi %n s</numerusform>
            <numerusform>A réfléchi %n s</numerusform>
        </translation>
    </message>
    <message>
        <source>Hide the thinking</source>
        <translation>Masquer la réflexion</translation>
    </message>
    <message>
        <source>Show the thinking</source>
        <translation>Afficher la réflexion</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Copier</translation>
    </message>
</context>
<context>
    <name>UndoBar</name>
    <message>
        <source>Deleted “%1”</source>
        <translation>« %1 » supprimée</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Annuler</translation>
    </message>
</context>
<context>
    <name>qwendesk::app::ChatController</name>
    <message>
        <source>New chat</source>
        <translation>Nouvelle discussion</translation>
    </message>
    <message>
        <source>The history could not be saved: %1</source>
        <translation>Impossible d’enregistrer l’historique : %1</translation>
    </message>
    <message numerus="yes">
        <source>%n answer(s) were interrupted when QwenDesk last closed; what had arrived was kept.</source>
        <translation>
            <numerusform>%n réponse a été interrompue à la dernière fermeture de QwenDesk ; ce qui était arrivé est conservé.</numerusform>
            <numerusform>%n réponses ont été interrompues à la dernière fermeture de QwenDesk ; ce qui était arrivé est conservé.</numerusform>
        </translation>
    </message>
    <message>
        <source>The damaged history was kept as %1. A new history was started.</source>
        <translation>L’historique endommagé a été conservé sous %1. Un nouvel historique a commencé.</translation>
    </message>
    <message>
        <source>The history is not available: %1</source>
        <translation>L’historique n’est pas disponible : %1</translation>
    </message>
    <message>
        <source>no model is set and the demo model is missing</source>
        <translation>aucun modèle n’est défini et le modèle de démonstration est absent</translation>
    </message>
    <message>
        <source>Demo model</source>
        <translation>Modèle de démonstration</translation>
    </message>
    <message>
        <source>The model does not fit in memory: %1. Try a smaller or more quantised model.</source>
        <translation>Le modèle ne tient pas en mémoire : %1. Essayez un modèle plus petit ou plus quantifié.</translation>
    </message>
    <message>
        <source>The model could not be loaded: %1</source>
        <translation>Impossible de charger le modèle : %1</translation>
    </message>
    <message>
        <source>The model is still loading; try again in a moment.</source>
        <translation>Le modèle est encore en cours de chargement ; réessayez dans un instant.</translation>
    </message>
    <message>
        <source>No model is loaded. Choose one in Settings.</source>
        <translation>Aucun modèle n’est chargé. Choisissez-en un dans les paramètres.</translation>
    </message>
    <message>
        <source>The answer stopped because the context is full.</source>
        <translation>La réponse s’est arrêtée car le contexte est plein.</translation>
    </message>
    <message>
        <source>This conversation no longer fits in the model's context (%1). Choose in Settings to drop the oldest turns or truncate the middle, raise the context length, or start a new conversation.</source>
        <translation>Cette discussion ne tient plus dans le contexte du modèle (%1). Choisissez dans les paramètres de retirer les échanges les plus anciens ou de couper le milieu, augmentez la longueur du contexte ou démarrez une nouvelle discussion.</translation>
    </message>
    <message>
        <source>Out of memory while generating (%1). Try a shorter context length or a smaller model.</source>
        <translation>Mémoire insuffisante pendant la génération (%1). Essayez un contexte plus court ou un modèle plus petit.</translation>
    </message>
    <message>
        <source>The answer could not be generated: %1</source>
        <translation>Impossible de générer la réponse : %1</translation>
    </message>
    <message>
        <source>%1 (fork)</source>
        <translation>%1 (dérivée)</translation>
    </message>
    <message>
        <source>The connection was cut mid-answer; what arrived is kept (%1).</source>
        <translation>La connexion a été coupée en pleine réponse ; ce qui est arrivé est conservé (%1).</translation>
    </message>
    <message>
        <source>The server refused the API key (%1). Check the key in Settings.</source>
        <translation>Le serveur a refusé la clé d’API (%1). Vérifiez la clé dans les paramètres.</translation>
    </message>
    <message>
        <source>The server is busy (%1). Try again in a moment.</source>
        <translation>Le serveur est occupé (%1). Réessayez dans un instant.</translation>
    </message>
    <message>
        <source>The server cannot be reached: %1</source>
        <translation>Le serveur est injoignable : %1</translation>
    </message>
    <message>
        <source>The server failed: %1</source>
        <translation>Le serveur a échoué : %1</translation>
    </message>
    <message>
        <source>The GPU stopped responding. Load the model again (on the GPU or the CPU) to go on.</source>
        <translation>Le GPU ne répond plus. Rechargez le modèle (sur le GPU ou le processeur) pour continuer.</translation>
    </message>
    <message>
        <source>The GPU stopped responding: %1</source>
        <translation>Le GPU ne répond plus : %1</translation>
    </message>
    <message>
        <source>QwenDesk could not restart itself. Close it and open it again to use the GPU.</source>
        <translation>QwenDesk n’a pas pu redémarrer. Fermez-le et rouvrez-le pour utiliser le GPU.</translation>
    </message>
    <message>
        <source>The GPU stopped responding; the answer was cut short and what arrived is kept.</source>
        <translation>Le GPU ne répond plus ; la réponse a été interrompue et ce qui était arrivé est conservé.</translation>
    </message>
</context>
<context>
    <name>qwendesk::app::HardwareInfo</name>
    <message>
        <source>dedicated</source>
        <translation>dédié</translation>
    </message>
    <message>
        <source>integrated</source>
        <translation>intégré</translation>
    </message>
    <message>
        <source>virtual</source>
        <translation>virtuel</translation>
    </message>
    <message>
        <source>software, runs on the CPU</source>
        <translation>logiciel, s’exécute sur le processeur</translation>
    </message>
    <message>
        <source>other</source>
        <translation>autre</translation>
    </message>
    <message>
        <source>working</source>
        <translation>fonctionne</translation>
    </message>
    <message>
        <source>not built into this version</source>
        <translation>non intégré à cette version</translation>
    </message>
    <message>
        <source>no driver</source>
        <translation>aucun pilote</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>échec</translation>
    </message>
    <message>
        <source>Automatic (the planner's choice)</source>
        <translation>Automatique (choix du planificateur)</translation>
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
        <translation>CUDA (GPU NVIDIA)</translation>
    </message>
    <message>
        <source>the CPU</source>
        <translation>le processeur</translation>
    </message>
    <message>
        <source>%1 cores / %2 threads</source>
        <translation>%1 cœurs / %2 threads</translation>
    </message>
    <message>
        <source>%1 threads</source>
        <translation>%1 threads</translation>
    </message>
    <message>
        <source>%1 (%2), %3, %4 kernels</source>
        <translation>%1 (%2), %3, noyaux %4</translation>
    </message>
    <message>
        <source>described CPU</source>
        <translation>processeur décrit</translation>
    </message>
    <message>
        <source>%1 cores</source>
        <translation>%1 cœurs</translation>
    </message>
    <message>
        <source>%1 kernels</source>
        <translation>noyaux %1</translation>
    </message>
    <message>
        <source>%1 (%2 available now)</source>
        <translation>%1 (%2 disponibles maintenant)</translation>
    </message>
    <message>
        <source>NVIDIA driver, CUDA %1</source>
        <translation>pilote NVIDIA, CUDA %1</translation>
    </message>
    <message>
        <source>%1, Vulkan %2</source>
        <translation>%1, Vulkan %2</translation>
    </message>
    <message>
        <source>described, not probed</source>
        <translation>décrit, non examiné</translation>
    </message>
    <message>
        <source>no API</source>
        <translation>aucune API</translation>
    </message>
    <message>
        <source>No GPU found.</source>
        <translation>Aucun GPU trouvé.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message numerus="yes">
        <source>%n device(s)</source>
        <translation>
            <numerusform>%n appareil</numerusform>
            <numerusform>%n appareils</numerusform>
        </translation>
    </message>
    <message>
        <source>Planned on %1 with %2 tokens of context: %3 of %4 usable — %5</source>
        <translation>Prévu sur %1 avec %2 jetons de contexte : %3 sur %4 utilisables — %5</translation>
    </message>
    <message>
        <source>%1 of weights (exact, from the file)</source>
        <translation>%1 de poids (exact, d’après le fichier)</translation>
    </message>
    <message>
        <source>%1 of weights (estimated)</source>
        <translation>%1 de poids (estimé)</translation>
    </message>
    <message>
        <source>weights %1 + KV cache %2 + working %3 + runtime %4 = %5 of %6 usable (%7, %8 kept free)</source>
        <translation>poids %1 + cache KV %2 + travail %3 + exécution %4 = %5 sur %6 utilisables (%7, %8 laissés libres)</translation>
    </message>
    <message>
        <source>roughly %1 tokens/s when generating</source>
        <translation>environ %1 jetons/s en génération</translation>
    </message>
    <message>
        <source>Loading %1…</source>
        <translation>Chargement de %1…</translation>
    </message>
    <message>
        <source>No model is loaded.</source>
        <translation>Aucun modèle n’est chargé.</translation>
    </message>
    <message>
        <source>New messages are answered by the remote engine %1.</source>
        <translation>Les nouveaux messages sont traités par le moteur distant %1.</translation>
    </message>
    <message>
        <source>%1 runs on %2 with %3 tokens of context.</source>
        <translation>%1 s’exécute sur %2 avec %3 jetons de contexte.</translation>
    </message>
    <message>
        <source>No Qwen3 model runs comfortably here; models marked tight may still load but leave little room or run slowly.</source>
        <translation>Aucun modèle Qwen3 ne tourne confortablement ici ; ceux marqués « juste » peuvent se charger mais laissent peu de marge ou sont lents.</translation>
    </message>
    <message>
        <source>Best pick for this computer: %1 %2 on %3 with %4 tokens of context.</source>
        <translation>Meilleur choix pour cet ordinateur : %1 %2 sur %3 avec %4 jetons de contexte.</translation>
    </message>
    <message>
        <source>Split with the CPU: %1 of %2 layers on the GPU</source>
        <translation>Réparti avec le processeur : %1 couches sur %2 sur le GPU</translation>
    </message>
    <message>
        <source>experts of layers %1 in RAM</source>
        <translation>experts des couches %1 en RAM</translation>
    </message>
    <message>
        <source>%1 in RAM</source>
        <translation>%1 en RAM</translation>
    </message>
    <message>
        <source>Automatic</source>
        <translation>Automatique</translation>
    </message>
    <message>
        <source>None (every expert on the GPU)</source>
        <translation>Aucun (tous les experts sur le GPU)</translation>
    </message>
    <message>
        <source>All (every layer's experts in RAM)</source>
        <translation>Tous (les experts de chaque couche en RAM)</translation>
    </message>
    <message>
        <source>These layers…</source>
        <translation>Ces couches…</translation>
    </message>
    <message>
        <source>The model's layers are not known yet; wait until its plan is shown.</source>
        <translation>Les couches du modèle ne sont pas encore connues ; attendez que son plan s’affiche.</translation>
    </message>
</context>
<context>
    <name>qwendesk::app::RemoteEngines</name>
    <message>
        <source>The base URL must start with http:// or https://</source>
        <translation>L’URL de base doit commencer par http:// ou https://</translation>
    </message>
    <message>
        <source>no such remote engine</source>
        <translation>moteur distant introuvable</translation>
    </message>
</context>
<context>
    <name>qwendesk::ui::RecommendationModel</name>
    <message>
        <source>fits</source>
        <translation>tient</translation>
    </message>
    <message>
        <source>tight</source>
        <translation>juste</translation>
    </message>
    <message>
        <source>too large</source>
        <translation>trop grand</translation>
    </message>
</context>
</TS>
