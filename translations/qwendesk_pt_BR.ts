<?xml version='1.0' encoding='utf-8'?>
<!DOCTYPE TS>
<TS version="2.1" language="pt_BR">
<context>
    <name>ChatView</name>
    <message>
        <source>New chat</source>
        <translation>Novo chat</translation>
    </message>
    <message>
        <source>Loading %1…</source>
        <translation>Carregando %1…</translation>
    </message>
    <message>
        <source>Demo model — random weights, produces random text</source>
        <translation>Modelo de demonstração — pesos aleatórios, produz texto aleatório</translation>
    </message>
    <message>
        <source>Choose a model…</source>
        <translation>Escolher um modelo…</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Configurações</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>Dispensar</translation>
    </message>
    <message>
        <source>Ask anything. Everything stays on this computer.</source>
        <translation>Pergunte qualquer coisa. Tudo fica neste computador.</translation>
    </message>
    <message>
        <source>This session runs on the CPU because the GPU stopped responding. The backend chosen in Settings is unchanged.</source>
        <translation>Esta sessão roda na CPU porque a GPU parou de responder. O backend escolhido nas Configurações não mudou.</translation>
    </message>
    <message>
        <source>Try the GPU again</source>
        <translation>Tentar a GPU de novo</translation>
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
        <translation>Mensagem para o QwenDesk… (/think ou /no_think trocam o modo)</translation>
    </message>
    <message>
        <source>Think</source>
        <translation>Pensar</translation>
    </message>
    <message>
        <source>Thinking mode: the model reasons before it answers</source>
        <translation>Modo de raciocínio: o modelo raciocina antes de responder</translation>
    </message>
    <message>
        <source>Non-thinking mode: the model answers directly</source>
        <translation>Modo sem raciocínio: o modelo responde diretamente</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Parar</translation>
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
        <translation>Renomear</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Excluir</translation>
    </message>
</context>
<context>
    <name>DeviceLostBanner</name>
    <message>
        <source>The GPU stopped responding. Your conversation is kept; load the model again to go on.</source>
        <translation>A GPU parou de responder. Sua conversa foi mantida; carregue o modelo de novo para continuar.</translation>
    </message>
    <message>
        <source>CUDA cannot use the GPU again until QwenDesk restarts.</source>
        <translation>O CUDA só poderá usar a GPU de novo depois que o QwenDesk reiniciar.</translation>
    </message>
    <message>
        <source>Restart QwenDesk</source>
        <translation>Reiniciar o QwenDesk</translation>
    </message>
    <message>
        <source>Reload on the GPU</source>
        <translation>Recarregar na GPU</translation>
    </message>
    <message>
        <source>Continue on the CPU</source>
        <translation>Continuar na CPU</translation>
    </message>
    <message>
        <source>For this session only; the backend chosen in Settings stays as it is.</source>
        <translation>Só nesta sessão; o backend escolhido nas Configurações continua o mesmo.</translation>
    </message>
</context>
<context>
    <name>EditDialog</name>
    <message>
        <source>Edit and resend</source>
        <translation>Editar e reenviar</translation>
    </message>
    <message>
        <source>Edit the answer</source>
        <translation>Editar a resposta</translation>
    </message>
</context>
<context>
    <name>EngineChooser</name>
    <message>
        <source>New messages are answered by %1.</source>
        <translation>Novas mensagens são respondidas por %1.</translation>
    </message>
    <message>
        <source>Loading %1…</source>
        <translation>Carregando %1…</translation>
    </message>
    <message>
        <source>This computer</source>
        <translation>Este computador</translation>
    </message>
    <message>
        <source>Choose a model folder or file, or use the demo model.</source>
        <translation>Escolha uma pasta ou um arquivo de modelo, ou use o modelo de demonstração.</translation>
    </message>
    <message>
        <source>Demo model — random weights, produces random text</source>
        <translation>Modelo de demonstração — pesos aleatórios, produz texto aleatório</translation>
    </message>
    <message>
        <source>Folder…</source>
        <translation>Pasta…</translation>
    </message>
    <message>
        <source>File…</source>
        <translation>Arquivo…</translation>
    </message>
    <message>
        <source>Use the demo model</source>
        <translation>Usar o modelo de demonstração</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Atualizar</translation>
    </message>
    <message>
        <source>Use</source>
        <translation>Usar</translation>
    </message>
    <message>
        <source>Asking the server for its models…</source>
        <translation>Pedindo ao servidor a lista de modelos…</translation>
    </message>
    <message>
        <source>Could not list the models: %1</source>
        <translation>Não foi possível listar os modelos: %1</translation>
    </message>
</context>
<context>
    <name>FirstRunDialog</name>
    <message>
        <source>Welcome to QwenDesk</source>
        <translation>Boas-vindas ao QwenDesk</translation>
    </message>
    <message>
        <source>Choose a model folder</source>
        <translation>Escolher uma pasta de modelo</translation>
    </message>
    <message>
        <source>Choose a model file</source>
        <translation>Escolher um arquivo de modelo</translation>
    </message>
    <message>
        <source>GGUF models (*.gguf)</source>
        <translation>Modelos GGUF (*.gguf)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Todos os arquivos (*)</translation>
    </message>
    <message>
        <source>QwenDesk runs Qwen3 models on this computer, offline. Choose a model folder (Hugging Face safetensors) or a GGUF file.</source>
        <translation>O QwenDesk executa modelos Qwen3 neste computador, offline. Escolha uma pasta de modelo (safetensors do Hugging Face) ou um arquivo GGUF.</translation>
    </message>
    <message>
        <source>Until then the built-in demo model is loaded so every screen works. Demo model — random weights, produces random text.</source>
        <translation>Até lá, o modelo de demonstração embutido é carregado para que tudo funcione. Modelo de demonstração — pesos aleatórios, produz texto aleatório.</translation>
    </message>
    <message>
        <source>Choose a folder…</source>
        <translation>Escolher uma pasta…</translation>
    </message>
    <message>
        <source>Choose a file…</source>
        <translation>Escolher um arquivo…</translation>
    </message>
    <message>
        <source>Use the demo model</source>
        <translation>Usar o modelo de demonstração</translation>
    </message>
</context>
<context>
    <name>HardwareSection</name>
    <message>
        <source>Looking at this computer's processors…</source>
        <translation>Verificando os processadores deste computador…</translation>
    </message>
    <message>
        <source>The hardware could not be probed: %1</source>
        <translation>Não foi possível verificar o hardware: %1</translation>
    </message>
    <message>
        <source>CPU</source>
        <translation>CPU</translation>
    </message>
    <message>
        <source>Memory</source>
        <translation>Memória</translation>
    </message>
    <message>
        <source>GPUs</source>
        <translation>GPUs</translation>
    </message>
    <message>
        <source>%1 — %2, %3 memory, %4</source>
        <translation>%1 — %2, %3 de memória, %4</translation>
    </message>
    <message>
        <source>Driver: %1</source>
        <translation>Driver: %1</translation>
    </message>
    <message>
        <source>Built in</source>
        <translation>Incluídos</translation>
    </message>
    <message>
        <source>Backend</source>
        <translation>Backend</translation>
    </message>
    <message>
        <source>Automatic lets QwenDesk choose. Choosing a backend forces it, and the model is loaded again.</source>
        <translation>Automático deixa o QwenDesk escolher. Escolher um backend o força, e o modelo é carregado de novo.</translation>
    </message>
    <message>
        <source>GPU layers</source>
        <translation>Camadas na GPU</translation>
    </message>
    <message>
        <source>Automatic</source>
        <translation>Automático</translation>
    </message>
    <message numerus="yes">
        <source>of %n layer(s)</source>
        <translation>
            <numerusform>de %n camada</numerusform>
            <numerusform>de %n camadas</numerusform>
        </translation>
    </message>
    <message>
        <source>MoE experts in RAM</source>
        <translation>Especialistas MoE na RAM</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>Aplicar</translation>
    </message>
    <message>
        <source>Automatic follows the plan, which splits a model too large for the GPU with the CPU. A number puts that many layers on the GPU and the rest on the CPU; experts kept in RAM run on the CPU. The plan above shows the result, and the model is loaded again.</source>
        <translation>Automático segue o plano, que divide com a CPU um modelo grande demais para a GPU. Um número coloca essa quantidade de camadas na GPU e o resto na CPU; especialistas mantidos na RAM rodam na CPU. O plano acima mostra o resultado, e o modelo é carregado de novo.</translation>
    </message>
    <message>
        <source>A split between the GPU and the CPU needs a GPU backend: choose Automatic, Vulkan or CUDA above.</source>
        <translation>Dividir entre a GPU e a CPU precisa de um backend de GPU: escolha Automático, Vulkan ou CUDA acima.</translation>
    </message>
</context>
<context>
    <name>HistoryErrorDialog</name>
    <message>
        <source>The chat history cannot be opened</source>
        <translation>Não é possível abrir o histórico de conversas</translation>
    </message>
    <message>
        <source>Close the other QwenDesk window, then try again.</source>
        <translation>Feche a outra janela do QwenDesk e tente de novo.</translation>
    </message>
    <message>
        <source>QwenDesk can keep the old file under a new name and start an empty history. Nothing is deleted.</source>
        <translation>O QwenDesk pode guardar o arquivo antigo com outro nome e começar um histórico vazio. Nada é apagado.</translation>
    </message>
    <message>
        <source>Try again</source>
        <translation>Tentar de novo</translation>
    </message>
    <message>
        <source>Keep the old file and start a new history</source>
        <translation>Manter o arquivo antigo e começar um novo histórico</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Sair</translation>
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
            <numerusform>%n mensagem anterior foi omitida para caber no contexto.</numerusform>
            <numerusform>%n mensagens anteriores foram omitidas para caber no contexto.</numerusform>
        </translation>
    </message>
    <message>
        <source>Interrupted: QwenDesk closed before this answer finished.</source>
        <translation>Interrompida: o QwenDesk fechou antes de terminar esta resposta.</translation>
    </message>
    <message>
        <source>Stopped.</source>
        <translation>Interrompida.</translation>
    </message>
    <message>
        <source>Previous version</source>
        <translation>Versão anterior</translation>
    </message>
    <message>
        <source>%1 / %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <source>Next version</source>
        <translation>Próxima versão</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Copiar</translation>
    </message>
    <message>
        <source>Regenerate</source>
        <translation>Gerar novamente</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>Editar</translation>
    </message>
    <message>
        <source>Fork</source>
        <translation>Ramificar</translation>
    </message>
    <message>
        <source>Start a new conversation from here</source>
        <translation>Começar uma nova conversa a partir daqui</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Excluir</translation>
    </message>
    <message>
        <source>Delete this message and what follows it</source>
        <translation>Excluir esta mensagem e o que vem depois</translation>
    </message>
    <message>
        <source>%1 tokens/s · context %2 / %3</source>
        <translation>%1 tokens/s · contexto %2 / %3</translation>
    </message>
    <message>
        <source>thinking mode</source>
        <translation>modo de raciocínio</translation>
    </message>
    <message>
        <source>non-thinking mode</source>
        <translation>modo sem raciocínio</translation>
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
        <translation>Verificando quais modelos cabem neste computador…</translation>
    </message>
    <message>
        <source>Hide the table</source>
        <translation>Ocultar a tabela</translation>
    </message>
    <message>
        <source>Show every model and quantisation</source>
        <translation>Mostrar todos os modelos e quantizações</translation>
    </message>
    <message>
        <source>Estimated for %1 tokens of context (Settings → Context length). ★ marks the best quantisation of each model.</source>
        <translation>Estimado para %1 tokens de contexto (Configurações → Tamanho do contexto). ★ marca a melhor quantização de cada modelo.</translation>
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
        <translation>Por quê</translation>
    </message>
    <message>
        <source>No plan for this model: %1</source>
        <translation>Sem plano para este modelo: %1</translation>
    </message>
    <message>
        <source>Planning where this model runs…</source>
        <translation>Planejando onde este modelo roda…</translation>
    </message>
</context>
<context>
    <name>RemoteEngineDelegate</name>
    <message>
        <source>API key stored</source>
        <translation>Chave de API salva</translation>
    </message>
    <message>
        <source>No API key</source>
        <translation>Sem chave de API</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Editar…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Remover</translation>
    </message>
    <message>
        <source>Remove this engine and its stored API key</source>
        <translation>Remover este mecanismo e sua chave de API salva</translation>
    </message>
</context>
<context>
    <name>RemoteEngineDialog</name>
    <message>
        <source>Edit remote engine</source>
        <translation>Editar mecanismo remoto</translation>
    </message>
    <message>
        <source>Add a remote engine</source>
        <translation>Adicionar um mecanismo remoto</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nome</translation>
    </message>
    <message>
        <source>GPU cluster</source>
        <translation>Cluster de GPU</translation>
    </message>
    <message>
        <source>Base URL</source>
        <translation>URL base</translation>
    </message>
    <message>
        <source>API key</source>
        <translation>Chave de API</translation>
    </message>
    <message>
        <source>Stored — type a new key to replace it</source>
        <translation>Salva — digite uma nova chave para substituí-la</translation>
    </message>
    <message>
        <source>None (optional)</source>
        <translation>Nenhuma (opcional)</translation>
    </message>
    <message>
        <source>Remove the stored key</source>
        <translation>Remover a chave salva</translation>
    </message>
    <message>
        <source>Thinking toggle</source>
        <translation>Alternância de raciocínio</translation>
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
        <translation>Testar conexão</translation>
    </message>
    <message>
        <source>Connection failed: %1</source>
        <translation>Falha na conexão: %1</translation>
    </message>
    <message numerus="yes">
        <source>Connected. %n model(s) available:</source>
        <translation>
            <numerusform>Conectado. %n modelo disponível:</numerusform>
            <numerusform>Conectado. %n modelos disponíveis:</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RemoteEnginesSection</name>
    <message>
        <source>None yet. Add a vLLM, SGLang, llama.cpp, Ollama or QwenDesk server to chat with models too large for this computer.</source>
        <translation>Nenhum ainda. Adicione um servidor vLLM, SGLang, llama.cpp, Ollama ou QwenDesk para conversar com modelos grandes demais para este computador.</translation>
    </message>
    <message>
        <source>Add engine…</source>
        <translation>Adicionar mecanismo…</translation>
    </message>
    <message>
        <source>API keys are kept in a file only you can read (secrets.ini), in plain text: no system keychain is available.</source>
        <translation>As chaves de API ficam em um arquivo que só você pode ler (secrets.ini), em texto simples: nenhum chaveiro do sistema está disponível.</translation>
    </message>
    <message>
        <source>API keys are kept in the system keychain.</source>
        <translation>As chaves de API ficam no chaveiro do sistema.</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Configurações</translation>
    </message>
    <message>
        <source>Choose a model folder</source>
        <translation>Escolher uma pasta de modelo</translation>
    </message>
    <message>
        <source>Choose a model file</source>
        <translation>Escolher um arquivo de modelo</translation>
    </message>
    <message>
        <source>GGUF models (*.gguf)</source>
        <translation>Modelos GGUF (*.gguf)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Todos os arquivos (*)</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Modelo</translation>
    </message>
    <message>
        <source>Demo model — random weights, produces random text</source>
        <translation type="vanished">Modelo de demonstração — pesos aleatórios, produz texto aleatório</translation>
    </message>
    <message>
        <source>Folder…</source>
        <translation type="vanished">Pasta…</translation>
    </message>
    <message>
        <source>File…</source>
        <translation type="vanished">Arquivo…</translation>
    </message>
    <message>
        <source>Use the demo model</source>
        <translation type="vanished">Usar o modelo de demonstração</translation>
    </message>
    <message>
        <source>Context length</source>
        <translation>Tamanho do contexto</translation>
    </message>
    <message>
        <source>When the context is full</source>
        <translation>Quando o contexto encher</translation>
    </message>
    <message>
        <source>Stop and tell me</source>
        <translation>Parar e me avisar</translation>
    </message>
    <message>
        <source>Drop the oldest turns (keep the system prompt)</source>
        <translation>Descartar os turnos mais antigos (manter o prompt do sistema)</translation>
    </message>
    <message>
        <source>Truncate the middle (keep the first exchange)</source>
        <translation>Cortar o meio (manter a primeira troca)</translation>
    </message>
    <message>
        <source>Sampling</source>
        <translation>Amostragem</translation>
    </message>
    <message>
        <source>Recommended for the message's mode</source>
        <translation>Recomendado para o modo da mensagem</translation>
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
        <translation>Predefinição de raciocínio</translation>
    </message>
    <message>
        <source>Non-thinking preset</source>
        <translation>Predefinição sem raciocínio</translation>
    </message>
    <message>
        <source>Longest answer (tokens)</source>
        <translation>Resposta mais longa (tokens)</translation>
    </message>
    <message>
        <source>System prompt</source>
        <translation>Prompt do sistema</translation>
    </message>
    <message>
        <source>Optional instructions for every conversation</source>
        <translation>Instruções opcionais para toda conversa</translation>
    </message>
    <message>
        <source>Backend</source>
        <translation type="vanished">Backend</translation>
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
        <translation>Seguir o sistema</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Claro</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Escuro</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <source>Thinking panel</source>
        <translation>Painel de raciocínio</translation>
    </message>
    <message>
        <source>Collapse when the answer starts</source>
        <translation>Recolher quando a resposta começar</translation>
    </message>
    <message>
        <source>Remote engines</source>
        <translation>Mecanismos remotos</translation>
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
        <translation>Novo chat</translation>
    </message>
    <message>
        <source>Search all messages</source>
        <translation>Pesquisar em todas as mensagens</translation>
    </message>
    <message>
        <source>No conversations yet</source>
        <translation>Nenhuma conversa ainda</translation>
    </message>
    <message>
        <source>No messages match</source>
        <translation>Nenhuma mensagem corresponde</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Configurações</translation>
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
            <numerusform>Pensou por %n s</numerusform>
            <numerusform>Pensou por %n s</numerusform>
        </translation>
    </message>
    <message>
        <source>Hide the thinking</source>
        <translation>Ocultar o raciocínio</translation>
    </message>
    <message>
        <source>Show the thinking</source>
        <translation>Mostrar o raciocínio</translation>
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
        <translation>“%1” excluída</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Desfazer</translation>
    </message>
</context>
<context>
    <name>qwendesk::app::ChatController</name>
    <message>
        <source>New chat</source>
        <translation>Novo chat</translation>
    </message>
    <message>
        <source>The history could not be saved: %1</source>
        <translation>Não foi possível salvar o histórico: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n answer(s) were interrupted when QwenDesk last closed; what had arrived was kept.</source>
        <translation>
            <numerusform>%n resposta foi interrompida quando o QwenDesk fechou; o que chegou foi mantido.</numerusform>
            <numerusform>%n respostas foram interrompidas quando o QwenDesk fechou; o que chegou foi mantido.</numerusform>
        </translation>
    </message>
    <message>
        <source>The damaged history was kept as %1. A new history was started.</source>
        <translation>O histórico danificado foi guardado como %1. Um novo histórico foi iniciado.</translation>
    </message>
    <message>
        <source>The history is not available: %1</source>
        <translation>O histórico não está disponível: %1</translation>
    </message>
    <message>
        <source>no model is set and the demo model is missing</source>
        <translation>nenhum modelo definido e o modelo de demonstração está ausente</translation>
    </message>
    <message>
        <source>Demo model</source>
        <translation>Modelo de demonstração</translation>
    </message>
    <message>
        <source>The model does not fit in memory: %1. Try a smaller or more quantised model.</source>
        <translation>O modelo não cabe na memória: %1. Tente um modelo menor ou mais quantizado.</translation>
    </message>
    <message>
        <source>The model could not be loaded: %1</source>
        <translation>Não foi possível carregar o modelo: %1</translation>
    </message>
    <message>
        <source>The model is still loading; try again in a moment.</source>
        <translation>O modelo ainda está carregando; tente de novo em instantes.</translation>
    </message>
    <message>
        <source>No model is loaded. Choose one in Settings.</source>
        <translation>Nenhum modelo carregado. Escolha um nas Configurações.</translation>
    </message>
    <message>
        <source>The answer stopped because the context is full.</source>
        <translation>A resposta parou porque o contexto está cheio.</translation>
    </message>
    <message>
        <source>This conversation no longer fits in the model's context (%1). Choose in Settings to drop the oldest turns or truncate the middle, raise the context length, or start a new conversation.</source>
        <translation>Esta conversa não cabe mais no contexto do modelo (%1). Escolha nas Configurações descartar os turnos mais antigos ou cortar o meio, aumente o tamanho do contexto ou comece uma nova conversa.</translation>
    </message>
    <message>
        <source>Out of memory while generating (%1). Try a shorter context length or a smaller model.</source>
        <translation>Memória insuficiente ao gerar (%1). Tente um contexto mais curto ou um modelo menor.</translation>
    </message>
    <message>
        <source>The answer could not be generated: %1</source>
        <translation>Não foi possível gerar a resposta: %1</translation>
    </message>
    <message>
        <source>%1 (fork)</source>
        <translation>%1 (ramificação)</translation>
    </message>
    <message>
        <source>The connection was cut mid-answer; what arrived is kept (%1).</source>
        <translation>A conexão caiu no meio da resposta; o que chegou foi mantido (%1).</translation>
    </message>
    <message>
        <source>The server refused the API key (%1). Check the key in Settings.</source>
        <translation>O servidor recusou a chave de API (%1). Verifique a chave nas Configurações.</translation>
    </message>
    <message>
        <source>The server is busy (%1). Try again in a moment.</source>
        <translation>O servidor está ocupado (%1). Tente de novo em instantes.</translation>
    </message>
    <message>
        <source>The server cannot be reached: %1</source>
        <translation>Não foi possível alcançar o servidor: %1</translation>
    </message>
    <message>
        <source>The server failed: %1</source>
        <translation>O servidor falhou: %1</translation>
    </message>
    <message>
        <source>The GPU stopped responding. Load the model again (on the GPU or the CPU) to go on.</source>
        <translation>A GPU parou de responder. Carregue o modelo de novo (na GPU ou na CPU) para continuar.</translation>
    </message>
    <message>
        <source>The GPU stopped responding: %1</source>
        <translation>A GPU parou de responder: %1</translation>
    </message>
    <message>
        <source>QwenDesk could not restart itself. Close it and open it again to use the GPU.</source>
        <translation>O QwenDesk não conseguiu se reiniciar. Feche-o e abra de novo para usar a GPU.</translation>
    </message>
    <message>
        <source>The GPU stopped responding; the answer was cut short and what arrived is kept.</source>
        <translation>A GPU parou de responder; a resposta foi interrompida e o que chegou foi mantido.</translation>
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
        <translation>software, roda na CPU</translation>
    </message>
    <message>
        <source>other</source>
        <translation>outra</translation>
    </message>
    <message>
        <source>working</source>
        <translation>funcionando</translation>
    </message>
    <message>
        <source>not built into this version</source>
        <translation>não incluído nesta versão</translation>
    </message>
    <message>
        <source>no driver</source>
        <translation>sem driver</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>falhou</translation>
    </message>
    <message>
        <source>Automatic (the planner's choice)</source>
        <translation>Automático (escolha do planejador)</translation>
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
        <translation>a CPU</translation>
    </message>
    <message>
        <source>%1 cores / %2 threads</source>
        <translation>%1 núcleos / %2 threads</translation>
    </message>
    <message>
        <source>%1 threads</source>
        <translation>%1 threads</translation>
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
        <translation>%1 (%2 disponíveis agora)</translation>
    </message>
    <message>
        <source>NVIDIA driver, CUDA %1</source>
        <translation>driver NVIDIA, CUDA %1</translation>
    </message>
    <message>
        <source>%1, Vulkan %2</source>
        <translation>%1, Vulkan %2</translation>
    </message>
    <message>
        <source>described, not probed</source>
        <translation>descrito, não verificado</translation>
    </message>
    <message>
        <source>no API</source>
        <translation>sem API</translation>
    </message>
    <message>
        <source>No GPU found.</source>
        <translation>Nenhuma GPU encontrada.</translation>
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
        <translation>Planejado em %1 com %2 tokens de contexto: %3 de %4 utilizáveis — %5</translation>
    </message>
    <message>
        <source>%1 of weights (exact, from the file)</source>
        <translation>%1 de pesos (exato, do arquivo)</translation>
    </message>
    <message>
        <source>%1 of weights (estimated)</source>
        <translation>%1 de pesos (estimado)</translation>
    </message>
    <message>
        <source>weights %1 + KV cache %2 + working %3 + runtime %4 = %5 of %6 usable (%7, %8 kept free)</source>
        <translation>pesos %1 + cache KV %2 + trabalho %3 + runtime %4 = %5 de %6 utilizáveis (%7, %8 mantidos livres)</translation>
    </message>
    <message>
        <source>roughly %1 tokens/s when generating</source>
        <translation>cerca de %1 tokens/s ao gerar</translation>
    </message>
    <message>
        <source>Loading %1…</source>
        <translation>Carregando %1…</translation>
    </message>
    <message>
        <source>No model is loaded.</source>
        <translation>Nenhum modelo carregado.</translation>
    </message>
    <message>
        <source>New messages are answered by the remote engine %1.</source>
        <translation>Novas mensagens são respondidas pelo motor remoto %1.</translation>
    </message>
    <message>
        <source>%1 runs on %2 with %3 tokens of context.</source>
        <translation>%1 roda em %2 com %3 tokens de contexto.</translation>
    </message>
    <message>
        <source>No Qwen3 model runs comfortably here; models marked tight may still load but leave little room or run slowly.</source>
        <translation>Nenhum modelo Qwen3 roda com folga aqui; os marcados como justos podem carregar, mas deixam pouca margem ou ficam lentos.</translation>
    </message>
    <message>
        <source>Best pick for this computer: %1 %2 on %3 with %4 tokens of context.</source>
        <translation>Melhor escolha para este computador: %1 %2 em %3 com %4 tokens de contexto.</translation>
    </message>
    <message>
        <source>Split with the CPU: %1 of %2 layers on the GPU</source>
        <translation>Dividido com a CPU: %1 de %2 camadas na GPU</translation>
    </message>
    <message>
        <source>experts of layers %1 in RAM</source>
        <translation>especialistas das camadas %1 na RAM</translation>
    </message>
    <message>
        <source>%1 in RAM</source>
        <translation>%1 na RAM</translation>
    </message>
    <message>
        <source>Automatic</source>
        <translation>Automático</translation>
    </message>
    <message>
        <source>None (every expert on the GPU)</source>
        <translation>Nenhum (todos os especialistas na GPU)</translation>
    </message>
    <message>
        <source>All (every layer's experts in RAM)</source>
        <translation>Todos (os especialistas de cada camada na RAM)</translation>
    </message>
    <message>
        <source>These layers…</source>
        <translation>Estas camadas…</translation>
    </message>
    <message>
        <source>The model's layers are not known yet; wait until its plan is shown.</source>
        <translation>As camadas do modelo ainda não são conhecidas; espere até o plano dele aparecer.</translation>
    </message>
</context>
<context>
    <name>qwendesk::app::RemoteEngines</name>
    <message>
        <source>The base URL must start with http:// or https://</source>
        <translation>A URL base deve começar com http:// ou https://</translation>
    </message>
    <message>
        <source>no such remote engine</source>
        <translation>mecanismo remoto inexistente</translation>
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
        <translation>grande demais</translation>
    </message>
</context>
</TS>
