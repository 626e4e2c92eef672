<?xml version='1.0' encoding='utf-8'?>
<!DOCTYPE TS>
<TS version="2.1" language="es">
<context>
    <name>ChatView</name>
    <message>
        <source>New chat</source>
        <translation>Nuevo chat</translation>
    </message>
    <message>
        <source>Loading %1…</source>
        <translation>Cargando %1…</translation>
    </message>
    <message>
        <source>Demo model — random weights, produces random text</source>
        <translation>Modelo de demostración: pesos aleatorios, produce texto aleatorio</translation>
    </message>
    <message>
        <source>Choose a model…</source>
        <translation>Elegir un modelo…</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Ajustes</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>Descartar</translation>
    </message>
    <message>
        <source>Ask anything. Everything stays on this computer.</source>
        <translation>Pregunta lo que quieras. Todo se queda en este equipo.</translation>
    </message>
    <message>
        <source>This session runs on the CPU because the GPU stopped responding. The backend chosen in Settings is unchanged.</source>
        <translation>Esta sesión se ejecuta en la CPU porque la GPU dejó de responder. El backend elegido en Ajustes no cambió.</translation>
    </message>
    <message>
        <source>Try the GPU again</source>
        <translation>Probar de nuevo la GPU</translation>
    </message>
</context>
<context>
    <name>CodeBlock</name>
    <message>
        <source>code</source>
        <translation>código</translation>
    </message>
    <message>
        <source>Copied</source>
        <translation>Copiado</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Copiar</translation>
    </message>
</context>
<context>
    <name>Composer</name>
    <message>
        <source>Message QwenDesk… (/think or /no_think switch the mode)</source>
        <translation>Escribe a QwenDesk… (/think o /no_think cambian el modo)</translation>
    </message>
    <message>
        <source>Think</source>
        <translation>Pensar</translation>
    </message>
    <message>
        <source>Thinking mode: the model reasons before it answers</source>
        <translation>Modo de pensamiento: el modelo razona antes de responder</translation>
    </message>
    <message>
        <source>Non-thinking mode: the model answers directly</source>
        <translation>Modo sin pensamiento: el modelo responde directamente</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Detener</translation>
    </message>
    <message>
        <source>Send</source>
        <translation>Enviar</translation>
    </message>
</context>
<context>
    <name>ContextGauge</name>
    <message>
        <source>Context %1 / %2</source>
        <translation>Contexto %1 / %2</translation>
    </message>
    <message>
        <source>Context —</source>
        <translation>Contexto —</translation>
    </message>
</context>
<context>
    <name>ConversationDelegate</name>
    <message>
        <source>Rename</source>
        <translation>Renombrar</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Eliminar</translation>
    </message>
</context>
<context>
    <name>DeviceLostBanner</name>
    <message>
        <source>The GPU stopped responding. Your conversation is kept; load the model again to go on.</source>
        <translation>La GPU dejó de responder. Tu conversación se conserva; vuelve a cargar el modelo para continuar.</translation>
    </message>
    <message>
        <source>CUDA cannot use the GPU again until QwenDesk restarts.</source>
        <translation>CUDA no puede volver a usar la GPU hasta que QwenDesk se reinicie.</translation>
    </message>
    <message>
        <source>Restart QwenDesk</source>
        <translation>Reiniciar QwenDesk</translation>
    </message>
    <message>
        <source>Reload on the GPU</source>
        <translation>Recargar en la GPU</translation>
    </message>
    <message>
        <source>Continue on the CPU</source>
        <translation>Continuar en la CPU</translation>
    </message>
    <message>
        <source>For this session only; the backend chosen in Settings stays as it is.</source>
        <translation>Solo en esta sesión; el backend elegido en Ajustes no cambia.</translation>
    </message>
</context>
<context>
    <name>EditDialog</name>
    <message>
        <source>Edit and resend</source>
        <translation>Editar y reenviar</translation>
    </message>
    <message>
        <source>Edit the answer</source>
        <translation>Editar la respuesta</translation>
    </message>
</context>
<context>
    <name>EngineChooser</name>
    <message>
        <source>New messages are answered by %1.</source>
        <translation>Los mensajes nuevos los responde %1.</translation>
    </message>
    <message>
        <source>Loading %1…</source>
        <translation>Cargando %1…</translation>
    </message>
    <message>
        <source>This computer</source>
        <translation>Este equipo</translation>
    </message>
    <message>
        <source>Choose a model folder or file, or use the demo model.</source>
        <translation>Elige una carpeta o un archivo de modelo, o usa el modelo de demostración.</translation>
    </message>
    <message>
        <source>Demo model — random weights, produces random text</source>
        <translation>Modelo de demostración: pesos aleatorios, produce texto aleatorio</translation>
    </message>
    <message>
        <source>Folder…</source>
        <translation>Carpeta…</translation>
    </message>
    <message>
        <source>File…</source>
        <translation>Archivo…</translation>
    </message>
    <message>
        <source>Use the demo model</source>
        <translation>Usar el modelo de demostración</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Actualizar</translation>
    </message>
    <message>
        <source>Use</source>
        <translation>Usar</translation>
    </message>
    <message>
        <source>Asking the server for its models…</source>
        <translation>Pidiendo al servidor sus modelos…</translation>
    </message>
    <message>
        <source>Could not list the models: %1</source>
        <translation>No se pudieron listar los modelos: %1</translation>
    </message>
</context>
<context>
    <name>FirstRunDialog</name>
    <message>
        <source>Welcome to QwenDesk</source>
        <translation>Te damos la bienvenida a QwenDesk</translation>
    </message>
    <message>
        <source>Choose a model folder</source>
        <translation>Elegir una carpeta de modelo</translation>
    </message>
    <message>
        <source>Choose a model file</source>
        <translation>Elegir un archivo de modelo</translation>
    </message>
    <message>
        <source>GGUF models (*.gguf)</source>
        <translation>Modelos GGUF (*.gguf)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Todos los archivos (*)</translation>
    </message>
    <message>
        <source>QwenDesk runs Qwen3 models on this computer, offline. Choose a model folder (Hugging Face safetensors) or a GGUF file.</source>
        <translation>QwenDesk ejecuta modelos Qwen3 en este equipo, sin conexión. Elige una carpeta de modelo (safetensors de Hugging Face) o un archivo GGUF.</translation>
    </message>
    <message>
        <source>Until then the built-in demo model is loaded so every screen works. Demo model — random weights, produces random text.</source>
        <translation>Mientras tanto se carga el modelo de demostración integrado para que todo funcione. Modelo de demostración: pesos aleatorios, produce texto aleatorio.</translation>
    </message>
    <message>
        <source>Choose a folder…</source>
        <translation>Elegir una carpeta…</translation>
    </message>
    <message>
        <source>Choose a file…</source>
        <translation>Elegir un archivo…</translation>
    </message>
    <message>
        <source>Use the demo model</source>
        <translation>Usar el modelo de demostración</translation>
    </message>
</context>
<context>
    <name>HardwareSection</name>
    <message>
        <source>Looking at this computer's processors…</source>
        <translation>Examinando los procesadores de este equipo…</translation>
    </message>
    <message>
        <source>The hardware could not be probed: %1</source>
        <translation>No se pudo examinar el hardware: %1</translation>
    </message>
    <message>
        <source>CPU</source>
        <translation>CPU</translation>
    </message>
    <message>
        <source>Memory</source>
        <translation>Memoria</translation>
    </message>
    <message>
        <source>GPUs</source>
        <translation>GPU</translation>
    </message>
    <message>
        <source>%1 — %2, %3 memory, %4</source>
        <translation>%1 — %2, %3 de memoria, %4</translation>
    </message>
    <message>
        <source>Driver: %1</source>
        <translation>Controlador: %1</translation>
    </message>
    <message>
        <source>Built in</source>
        <translation>Incluidos</translation>
    </message>
    <message>
        <source>Backend</source>
        <translation>Motor de cálculo</translation>
    </message>
    <message>
        <source>Automatic lets QwenDesk choose. Choosing a backend forces it, and the model is loaded again.</source>
        <translation>Automático deja elegir a QwenDesk. Elegir un backend lo fuerza y el modelo se vuelve a cargar.</translation>
    </message>
    <message>
        <source>GPU layers</source>
        <translation>Capas en la GPU</translation>
    </message>
    <message>
        <source>Automatic</source>
        <translation>Automático</translation>
    </message>
    <message numerus="yes">
        <source>of %n layer(s)</source>
        <translation>
            <numerusform>de %n capa</numerusform>
            <numerusform>de %n capas</numerusform>
        </translation>
    </message>
    <message>
        <source>MoE experts in RAM</source>
        <translation>Expertos MoE en la RAM</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>Aplicar</translation>
    </message>
    <message>
        <source>Automatic follows the plan, which splits a model too large for the GPU with the CPU. A number puts that many layers on the GPU and the rest on the CPU; experts kept in RAM run on the CPU. The plan above shows the result, and the model is loaded again.</source>
        <translation>Automático sigue el plan, que reparte con la CPU un modelo demasiado grande para la GPU. Un número pone esa cantidad de capas en la GPU y el resto en la CPU; los expertos que quedan en la RAM se ejecutan en la CPU. El plan de arriba muestra el resultado y el modelo se vuelve a cargar.</translation>
    </message>
    <message>
        <source>A split between the GPU and the CPU needs a GPU backend: choose Automatic, Vulkan or CUDA above.</source>
        <translation>Repartir entre la GPU y la CPU necesita un backend de GPU: elige Automático, Vulkan o CUDA arriba.</translation>
    </message>
</context>
<context>
    <name>HistoryErrorDialog</name>
    <message>
        <source>The chat history cannot be opened</source>
        <translation>No se puede abrir el historial de chats</translation>
    </message>
    <message>
        <source>Close the other QwenDesk window, then try again.</source>
        <translation>Cierra la otra ventana de QwenDesk y vuelve a intentarlo.</translation>
    </message>
    <message>
        <source>QwenDesk can keep the old file under a new name and start an empty history. Nothing is deleted.</source>
        <translation>QwenDesk puede conservar el archivo antiguo con otro nombre y empezar un historial vacío. No se borra nada.</translation>
    </message>
    <message>
        <source>Try again</source>
        <translation>Reintentar</translation>
    </message>
    <message>
        <source>Keep the old file and start a new history</source>
        <translation>Conservar el archivo antiguo y empezar un historial nuevo</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Salir</translation>
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
            <numerusform>Se omitió %n mensaje anterior para que quepa en el contexto.</numerusform>
            <numerusform>Se omitieron %n mensajes anteriores para que quepan en el contexto.</numerusform>
        </translation>
    </message>
    <message>
        <source>Interrupted: QwenDesk closed before this answer finished.</source>
        <translation>Interrumpida: QwenDesk se cerró antes de terminar esta respuesta.</translation>
    </message>
    <message>
        <source>Stopped.</source>
        <translation>Detenida.</translation>
    </message>
    <message>
        <source>Previous version</source>
        <translation>Versión anterior</translation>
    </message>
    <message>
        <source>%1 / %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <source>Next version</source>
        <translation>Versión siguiente</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Copiar</translation>
    </message>
    <message>
        <source>Regenerate</source>
        <translation>Regenerar</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>Editar</translation>
    </message>
    <message>
        <source>Fork</source>
        <translation>Bifurcar</translation>
    </message>
    <message>
        <source>Start a new conversation from here</source>
        <translation>Empezar una conversación nueva desde aquí</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Eliminar</translation>
    </message>
    <message>
        <source>Delete this message and what follows it</source>
        <translation>Eliminar este mensaje y lo que le sigue</translation>
    </message>
    <message>
        <source>%1 tokens/s · context %2 / %3</source>
        <translation>%1 tokens/s · contexto %2 / %3</translation>
    </message>
    <message>
        <source>thinking mode</source>
        <translation>modo de pensamiento</translation>
    </message>
    <message>
        <source>non-thinking mode</source>
        <translation>modo sin pensamiento</translation>
    </message>
    <message>
        <source>Answered by %1</source>
        <translation>Respondido por %1</translation>
    </message>
</context>
<context>
    <name>ModelFitList</name>
    <message>
        <source>Checking which models fit this computer…</source>
        <translation>Comprobando qué modelos caben en este equipo…</translation>
    </message>
    <message>
        <source>Hide the table</source>
        <translation>Ocultar la tabla</translation>
    </message>
    <message>
        <source>Show every model and quantisation</source>
        <translation>Mostrar todos los modelos y cuantizaciones</translation>
    </message>
    <message>
        <source>Estimated for %1 tokens of context (Settings → Context length). ★ marks the best quantisation of each model.</source>
        <translation>Estimado para %1 tokens de contexto (Ajustes → Longitud del contexto). ★ marca la mejor cuantización de cada modelo.</translation>
    </message>
    <message>
        <source>%1 tokens</source>
        <translation>%1 tokens</translation>
    </message>
    <message>
        <source>CPU</source>
        <translation>CPU</translation>
    </message>
    <message>
        <source>~%1 tok/s</source>
        <translation>~%1 tok/s</translation>
    </message>
</context>
<context>
    <name>ModelPlanView</name>
    <message>
        <source>Why</source>
        <translation>Por qué</translation>
    </message>
    <message>
        <source>No plan for this model: %1</source>
        <translation>No hay plan para este modelo: %1</translation>
    </message>
    <message>
        <source>Planning where this model runs…</source>
        <translation>Planificando dónde se ejecuta este modelo…</translation>
    </message>
</context>
<context>
    <name>RemoteEngineDelegate</name>
    <message>
        <source>API key stored</source>
        <translation>Clave de API guardada</translation>
    </message>
    <message>
        <source>No API key</source>
        <translation>Sin clave de API</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Editar…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Quitar</translation>
    </message>
    <message>
        <source>Remove this engine and its stored API key</source>
        <translation>Quitar este motor y su clave de API guardada</translation>
    </message>
</context>
<context>
    <name>RemoteEngineDialog</name>
    <message>
        <source>Edit remote engine</source>
        <translation>Editar motor remoto</translation>
    </message>
    <message>
        <source>Add a remote engine</source>
        <translation>Añadir un motor remoto</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>GPU cluster</source>
        <translation>Clúster de GPU</translation>
    </message>
    <message>
        <source>Base URL</source>
        <translation>URL base</translation>
    </message>
    <message>
        <source>API key</source>
        <translation>Clave de API</translation>
    </message>
    <message>
        <source>Stored — type a new key to replace it</source>
        <translation>Guardada: escribe una clave nueva para reemplazarla</translation>
    </message>
    <message>
        <source>None (optional)</source>
        <translation>Ninguna (opcional)</translation>
    </message>
    <message>
        <source>Remove the stored key</source>
        <translation>Quitar la clave guardada</translation>
    </message>
    <message>
        <source>Thinking toggle</source>
        <translation>Interruptor de razonamiento</translation>
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
        <translation>Probar la conexión</translation>
    </message>
    <message>
        <source>Connection failed: %1</source>
        <translation>Error de conexión: %1</translation>
    </message>
    <message numerus="yes">
        <source>Connected. %n model(s) available:</source>
        <translation>
            <numerusform>Conectado. %n modelo disponible:</numerusform>
            <numerusform>Conectado. %n modelos disponibles:</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RemoteEnginesSection</name>
    <message>
        <source>None yet. Add a vLLM, SGLang, llama.cpp, Ollama or QwenDesk server to chat with models too large for this computer.</source>
        <translation>Aún no hay ninguno. Añade un servidor vLLM, SGLang, llama.cpp, Ollama o QwenDesk para chatear con modelos demasiado grandes para este equipo.</translation>
    </message>
    <message>
        <source>Add engine…</source>
        <translation>Añadir motor…</translation>
    </message>
    <message>
        <source>API keys are kept in a file only you can read (secrets.ini), in plain text: no system keychain is available.</source>
        <translation>Las claves de API se guardan en un archivo que solo tú puedes leer (secrets.ini), en texto sin cifrar: no hay un llavero del sistema disponible.</translation>
    </message>
    <message>
        <source>API keys are kept in the system keychain.</source>
        <translation>Las claves de API se guardan en el llavero del sistema.</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Ajustes</translation>
    </message>
    <message>
        <source>Choose a model folder</source>
        <translation>Elegir una carpeta de modelo</translation>
    </message>
    <message>
        <source>Choose a model file</source>
        <translation>Elegir un archivo de modelo</translation>
    </message>
    <message>
        <source>GGUF models (*.gguf)</source>
        <translation>Modelos GGUF (*.gguf)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Todos los archivos (*)</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Modelo</translation>
    </message>
    <message>
        <source>Demo model — random weights, produces random text</source>
        <translation type="vanished">Modelo de demostración: pesos aleatorios, produce texto aleatorio</translation>
    </message>
    <message>
        <source>Folder…</source>
        <translation type="vanished">Carpeta…</translation>
    </message>
    <message>
        <source>File…</source>
        <translation type="vanished">Archivo…</translation>
    </message>
    <message>
        <source>Use the demo model</source>
        <translation type="vanished">Usar el modelo de demostración</translation>
    </message>
    <message>
        <source>Context length</source>
        <translation>Longitud del contexto</translation>
    </message>
    <message>
        <source>When the context is full</source>
        <translation>Cuando el contexto se llene</translation>
    </message>
    <message>
        <source>Stop and tell me</source>
        <translation>Detenerse y avisarme</translation>
    </message>
    <message>
        <source>Drop the oldest turns (keep the system prompt)</source>
        <translation>Quitar los turnos más antiguos (conservar el prompt del sistema)</translation>
    </message>
    <message>
        <source>Truncate the middle (keep the first exchange)</source>
        <translation>Recortar la parte central (conservar el primer intercambio)</translation>
    </message>
    <message>
        <source>Sampling</source>
        <translation>Muestreo</translation>
    </message>
    <message>
        <source>Recommended for the message's mode</source>
        <translation>Recomendado para el modo del mensaje</translation>
    </message>
    <message>
        <source>Custom</source>
        <translation>Personalizado</translation>
    </message>
    <message>
        <source>Temperature</source>
        <translation>Temperatura</translation>
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
        <translation>Preajuste de pensamiento</translation>
    </message>
    <message>
        <source>Non-thinking preset</source>
        <translation>Preajuste sin pensamiento</translation>
    </message>
    <message>
        <source>Longest answer (tokens)</source>
        <translation>Respuesta más larga (tokens)</translation>
    </message>
    <message>
        <source>System prompt</source>
        <translation>Prompt del sistema</translation>
    </message>
    <message>
        <source>Optional instructions for every conversation</source>
        <translation>Instrucciones opcionales para cada conversación</translation>
    </message>
    <message>
        <source>Backend</source>
        <translation type="vanished">Motor de cálculo</translation>
    </message>
    <message>
        <source>Automatic</source>
        <translation type="vanished">Automático</translation>
    </message>
    <message>
        <source>CPU</source>
        <translation type="vanished">CPU</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>Tema</translation>
    </message>
    <message>
        <source>Follow the system</source>
        <translation>Seguir al sistema</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Claro</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Oscuro</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <source>Thinking panel</source>
        <translation>Panel de pensamiento</translation>
    </message>
    <message>
        <source>Collapse when the answer starts</source>
        <translation>Plegar cuando empiece la respuesta</translation>
    </message>
    <message>
        <source>Remote engines</source>
        <translation>Motores remotos</translation>
    </message>
    <message>
        <source>Qwen3 models</source>
        <translation>Modelos Qwen3</translation>
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
        <translation>Nuevo chat</translation>
    </message>
    <message>
        <source>Search all messages</source>
        <translation>Buscar en todos los mensajes</translation>
    </message>
    <message>
        <source>No conversations yet</source>
        <translation>Aún no hay conversaciones</translation>
    </message>
    <message>
        <source>No messages match</source>
        <translation>Ningún mensaje coincide</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Ajustes</translation>
    </message>
</context>
<context>
    <name>ThinkingPanel</name>
    <message numerus="yes">
        <source>Thinking… %n s</source>
        <translation>
            <numerusform>Pensando… %n s</numerusform>
            <numerusform>Pensando… %n s</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Thought for %n s</source>
        <translation>
            <numerusform>Pensó durante %n s</numerusform>
            <numerusform>Pensó durante %n s</numerusform>
        </translation>
    </message>
    <message>
        <source>Hide the thinking</source>
        <translation>Ocultar el razonamiento</translation>
    </message>
    <message>
        <source>Show the thinking</source>
        <translation>Mostrar el razonamiento</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Copiar</translation>
    </message>
</context>
<context>
    <name>UndoBar</name>
    <message>
        <source>Deleted “%1”</source>
        <translation>Se eliminó «%1»</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Deshacer</translation>
    </message>
</context>
<context>
    <name>qwendesk::app::ChatController</name>
    <message>
        <source>New chat</source>
        <translation>Nuevo chat</translation>
    </message>
    <message>
        <source>The history could not be saved: %1</source>
        <translation>No se pudo guardar el historial: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n answer(s) were interrupted when QwenDesk last closed; what had arrived was kept.</source>
        <translation>
            <numerusform>%n respuesta se interrumpió al cerrarse QwenDesk; se conservó lo recibido.</numerusform>
            <numerusform>%n respuestas se interrumpieron al cerrarse QwenDesk; se conservó lo recibido.</numerusform>
        </translation>
    </message>
    <message>
        <source>The damaged history was kept as %1. A new history was started.</source>
        <translation>El historial dañado se conservó como %1. Se empezó un historial nuevo.</translation>
    </message>
    <message>
        <source>The history is not available: %1</source>
        <translation>El historial no está disponible: %1</translation>
    </message>
    <message>
        <source>no model is set and the demo model is missing</source>
        <translation>no hay ningún modelo configurado y falta el modelo de demostración</translation>
    </message>
    <message>
        <source>Demo model</source>
        <translation>Modelo de demostración</translation>
    </message>
    <message>
        <source>The model does not fit in memory: %1. Try a smaller or more quantised model.</source>
        <translation>El modelo no cabe en la memoria: %1. Prueba un modelo más pequeño o más cuantizado.</translation>
    </message>
    <message>
        <source>The model could not be loaded: %1</source>
        <translation>No se pudo cargar el modelo: %1</translation>
    </message>
    <message>
        <source>The model is still loading; try again in a moment.</source>
        <translation>El modelo aún se está cargando; inténtalo de nuevo en un momento.</translation>
    </message>
    <message>
        <source>No model is loaded. Choose one in Settings.</source>
        <translation>No hay ningún modelo cargado. Elige uno en Ajustes.</translation>
    </message>
    <message>
        <source>The answer stopped because the context is full.</source>
        <translation>La respuesta se detuvo porque el contexto está lleno.</translation>
    </message>
    <message>
        <source>This conversation no longer fits in the model's context (%1). Choose in Settings to drop the oldest turns or truncate the middle, raise the context length, or start a new conversation.</source>
        <translation>Esta conversación ya no cabe en el contexto del modelo (%1). Elige en Ajustes quitar los turnos más antiguos o recortar la parte central, aumenta la longitud del contexto o empieza una conversación nueva.</translation>
    </message>
    <message>
        <source>Out of memory while generating (%1). Try a shorter context length or a smaller model.</source>
        <translation>Memoria insuficiente al generar (%1). Prueba un contexto más corto o un modelo más pequeño.</translation>
    </message>
    <message>
        <source>The answer could not be generated: %1</source>
        <translation>No se pudo generar la respuesta: %1</translation>
    </message>
    <message>
        <source>%1 (fork)</source>
        <translation>%1 (bifurcación)</translation>
    </message>
    <message>
        <source>The connection was cut mid-answer; what arrived is kept (%1).</source>
        <translation>La conexión se cortó a mitad de la respuesta; se conserva lo recibido (%1).</translation>
    </message>
    <message>
        <source>The server refused the API key (%1). Check the key in Settings.</source>
        <translation>El servidor rechazó la clave de API (%1). Revisa la clave en Ajustes.</translation>
    </message>
    <message>
        <source>The server is busy (%1). Try again in a moment.</source>
        <translation>El servidor está ocupado (%1). Inténtalo de nuevo en un momento.</translation>
    </message>
    <message>
        <source>The server cannot be reached: %1</source>
        <translation>No se puede contactar con el servidor: %1</translation>
    </message>
    <message>
        <source>The server failed: %1</source>
        <translation>El servidor falló: %1</translation>
    </message>
    <message>
        <source>The GPU stopped responding. Load the model again (on the GPU or the CPU) to go on.</source>
        <translation>La GPU dejó de responder. Vuelve a cargar el modelo (en la GPU o en la CPU) para continuar.</translation>
    </message>
    <message>
        <source>The GPU stopped responding: %1</source>
        <translation>La GPU dejó de responder: %1</translation>
    </message>
    <message>
        <source>QwenDesk could not restart itself. Close it and open it again to use the GPU.</source>
        <translation>QwenDesk no pudo reiniciarse. Ciérralo y vuelve a abrirlo para usar la GPU.</translation>
    </message>
    <message>
        <source>The GPU stopped responding; the answer was cut short and what arrived is kept.</source>
        <translation>La GPU dejó de responder; la respuesta quedó cortada y se conserva lo que llegó.</translation>
    </message>
</context>
<context>
    <name>qwendesk::app::HardwareInfo</name>
    <message>
        <source>dedicated</source>
        <translation>dedicada</translation>
    </message>
    <message>
        <source>integrated</source>
        <translation>integrada</translation>
    </message>
    <message>
        <source>virtual</source>
        <translation>virtual</translation>
    </message>
    <message>
        <source>software, runs on the CPU</source>
        <translation>software, se ejecuta en la CPU</translation>
    </message>
    <message>
        <source>other</source>
        <translation>otra</translation>
    </message>
    <message>
        <source>working</source>
        <translation>funciona</translation>
    </message>
    <message>
        <source>not built into this version</source>
        <translation>no incluido en esta versión</translation>
    </message>
    <message>
        <source>no driver</source>
        <translation>sin controlador</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>falló</translation>
    </message>
    <message>
        <source>Automatic (the planner's choice)</source>
        <translation>Automático (lo elige el planificador)</translation>
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
        <translation>la CPU</translation>
    </message>
    <message>
        <source>%1 cores / %2 threads</source>
        <translation>%1 núcleos / %2 hilos</translation>
    </message>
    <message>
        <source>%1 threads</source>
        <translation>%1 hilos</translation>
    </message>
    <message>
        <source>%1 (%2), %3, %4 kernels</source>
        <translation>%1 (%2), %3, kernels %4</translation>
    </message>
    <message>
        <source>described CPU</source>
        <translation>CPU descrita</translation>
    </message>
    <message>
        <source>%1 cores</source>
        <translation>%1 núcleos</translation>
    </message>
    <message>
        <source>%1 kernels</source>
        <translation>kernels %1</translation>
    </message>
    <message>
        <source>%1 (%2 available now)</source>
        <translation>%1 (%2 disponibles ahora)</translation>
    </message>
    <message>
        <source>NVIDIA driver, CUDA %1</source>
        <translation>controlador NVIDIA, CUDA %1</translation>
    </message>
    <message>
        <source>%1, Vulkan %2</source>
        <translation>%1, Vulkan %2</translation>
    </message>
    <message>
        <source>described, not probed</source>
        <translation>descrito, no examinado</translation>
    </message>
    <message>
        <source>no API</source>
        <translation>sin API</translation>
    </message>
    <message>
        <source>No GPU found.</source>
        <translation>No se encontró ninguna GPU.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message numerus="yes">
        <source>%n device(s)</source>
        <translation>
            <numerusform>%n dispositivo</numerusform>
            <numerusform>%n dispositivos</numerusform>
        </translation>
    </message>
    <message>
        <source>Planned on %1 with %2 tokens of context: %3 of %4 usable — %5</source>
        <translation>Previsto en %1 con %2 tokens de contexto: %3 de %4 utilizables — %5</translation>
    </message>
    <message>
        <source>%1 of weights (exact, from the file)</source>
        <translation>%1 de pesos (exacto, del archivo)</translation>
    </message>
    <message>
        <source>%1 of weights (estimated)</source>
        <translation>%1 de pesos (estimado)</translation>
    </message>
    <message>
        <source>weights %1 + KV cache %2 + working %3 + runtime %4 = %5 of %6 usable (%7, %8 kept free)</source>
        <translation>pesos %1 + caché KV %2 + trabajo %3 + entorno %4 = %5 de %6 utilizables (%7, %8 reservados)</translation>
    </message>
    <message>
        <source>roughly %1 tokens/s when generating</source>
        <translation>unos %1 tokens/s al generar</translation>
    </message>
    <message>
        <source>Loading %1…</source>
        <translation>Cargando %1…</translation>
    </message>
    <message>
        <source>No model is loaded.</source>
        <translation>No hay ningún modelo cargado.</translation>
    </message>
    <message>
        <source>New messages are answered by the remote engine %1.</source>
        <translation>Los mensajes nuevos los responde el motor remoto %1.</translation>
    </message>
    <message>
        <source>%1 runs on %2 with %3 tokens of context.</source>
        <translation>%1 se ejecuta en %2 con %3 tokens de contexto.</translation>
    </message>
    <message>
        <source>No Qwen3 model runs comfortably here; models marked tight may still load but leave little room or run slowly.</source>
        <translation>Ningún modelo Qwen3 funciona con holgura aquí; los marcados como justos pueden cargar, pero dejan poco margen o van lentos.</translation>
    </message>
    <message>
        <source>Best pick for this computer: %1 %2 on %3 with %4 tokens of context.</source>
        <translation>Mejor opción para este equipo: %1 %2 en %3 con %4 tokens de contexto.</translation>
    </message>
    <message>
        <source>Split with the CPU: %1 of %2 layers on the GPU</source>
        <translation>Repartido con la CPU: %1 de %2 capas en la GPU</translation>
    </message>
    <message>
        <source>experts of layers %1 in RAM</source>
        <translation>expertos de las capas %1 en la RAM</translation>
    </message>
    <message>
        <source>%1 in RAM</source>
        <translation>%1 en la RAM</translation>
    </message>
    <message>
        <source>Automatic</source>
        <translation>Automático</translation>
    </message>
    <message>
        <source>None (every expert on the GPU)</source>
        <translation>Ninguno (todos los expertos en la GPU)</translation>
    </message>
    <message>
        <source>All (every layer's experts in RAM)</source>
        <translation>Todos (los expertos de cada capa en la RAM)</translation>
    </message>
    <message>
        <source>These layers…</source>
        <translation>Estas capas…</translation>
    </message>
    <message>
        <source>The model's layers are not known yet; wait until its plan is shown.</source>
        <translation>Aún no se conocen las capas del modelo; espera a que se muestre su plan.</translation>
    </message>
</context>
<context>
    <name>qwendesk::app::RemoteEngines</name>
    <message>
        <source>The base URL must start with http:// or https://</source>
        <translation>La URL base debe empezar por http:// o https://</translation>
    </message>
    <message>
        <source>no such remote engine</source>
        <translation>no existe ese motor remoto</translation>
    </message>
</context>
<context>
    <name>qwendesk::ui::RecommendationModel</name>
    <message>
        <source>fits</source>
        <translation>cabe</translation>
    </message>
    <message>
        <source>tight</source>
        <translation>justo</translation>
    </message>
    <message>
        <source>too large</source>
        <translation>demasiado grande</translation>
    </message>
</context>
</TS>
