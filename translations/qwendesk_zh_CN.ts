<?xml version='1.0' encoding='utf-8'?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>ChatView</name>
    <message>
        <source>New chat</source>
        <translation>新对话</translation>
    </message>
    <message>
        <source>Loading %1…</source>
        <translation>正在加载 %1…</translation>
    </message>
    <message>
        <source>Demo model — random weights, produces random text</source>
        <translation>演示模型 — 随机权重，生成随机文本</translation>
    </message>
    <message>
        <source>Choose a model…</source>
        <translation>选择模型…</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>设置</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>Ask anything. Everything stays on this computer.</source>
        <translation>尽管提问。所有内容都留在这台电脑上。</translation>
    </message>
    <message>
        <source>This session runs on the CPU because the GPU stopped responding. The backend chosen in Settings is unchanged.</source>
        <translation>由于 GPU 停止响应，本次会话在 CPU 上运行。设置中选择的后端没有改变。</translation>
    </message>
    <message>
        <source>Try the GPU again</source>
        <translation>再次尝试 GPU</translation>
    </message>
</context>
<context>
    <name>CodeBlock</name>
    <message>
        <source>code</source>
        <translation>代码</translation>
    </message>
    <message>
        <source>Copied</source>
        <translation>已复制</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>复制</translation>
    </message>
</context>
<context>
    <name>Composer</name>
    <message>
        <source>Message QwenDesk… (/think or /no_think switch the mode)</source>
        <translation>给 QwenDesk 发消息…（/think 或 /no_think 切换模式）</translation>
    </message>
    <message>
        <source>Think</source>
        <translation>思考</translation>
    </message>
    <message>
        <source>Thinking mode: the model reasons before it answers</source>
        <translation>思考模式：模型先推理再回答</translation>
    </message>
    <message>
        <source>Non-thinking mode: the model answers directly</source>
        <translation>非思考模式：模型直接回答</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>停止</translation>
    </message>
    <message>
        <source>Send</source>
        <translation>发送</translation>
    </message>
</context>
<context>
    <name>ContextGauge</name>
    <message>
        <source>Context %1 / %2</source>
        <translation>上下文 %1 / %2</translation>
    </message>
    <message>
        <source>Context —</source>
        <translation>上下文 —</translation>
    </message>
</context>
<context>
    <name>ConversationDelegate</name>
    <message>
        <source>Rename</source>
        <translation>重命名</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
</context>
<context>
    <name>DeviceLostBanner</name>
    <message>
        <source>The GPU stopped responding. Your conversation is kept; load the model again to go on.</source>
        <translation>GPU 停止响应。您的对话已保留；请重新加载模型后继续。</translation>
    </message>
    <message>
        <source>CUDA cannot use the GPU again until QwenDesk restarts.</source>
        <translation>在 QwenDesk 重启之前，CUDA 无法再次使用 GPU。</translation>
    </message>
    <message>
        <source>Restart QwenDesk</source>
        <translation>重启 QwenDesk</translation>
    </message>
    <message>
        <source>Reload on the GPU</source>
        <translation>在 GPU 上重新加载</translation>
    </message>
    <message>
        <source>Continue on the CPU</source>
        <translation>在 CPU 上继续</translation>
    </message>
    <message>
        <source>For this session only; the backend chosen in Settings stays as it is.</source>
        <translation>仅限本次会话；设置中选择的后端保持不变。</translation>
    </message>
</context>
<context>
    <name>EditDialog</name>
    <message>
        <source>Edit and resend</source>
        <translation>编辑并重新发送</translation>
    </message>
    <message>
        <source>Edit the answer</source>
        <translation>编辑回答</translation>
    </message>
</context>
<context>
    <name>EngineChooser</name>
    <message>
        <source>New messages are answered by %1.</source>
        <translation>新消息由 %1 回答。</translation>
    </message>
    <message>
        <source>Loading %1…</source>
        <translation>正在加载 %1…</translation>
    </message>
    <message>
        <source>This computer</source>
        <translation>这台电脑</translation>
    </message>
    <message>
        <source>Choose a model folder or file, or use the demo model.</source>
        <translation>选择模型文件夹或文件，或使用演示模型。</translation>
    </message>
    <message>
        <source>Demo model — random weights, produces random text</source>
        <translation>演示模型 — 随机权重，生成随机文本</translation>
    </message>
    <message>
        <source>Folder…</source>
        <translation>文件夹…</translation>
    </message>
    <message>
        <source>File…</source>
        <translation>文件…</translation>
    </message>
    <message>
        <source>Use the demo model</source>
        <translation>使用演示模型</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>刷新</translation>
    </message>
    <message>
        <source>Use</source>
        <translation>使用</translation>
    </message>
    <message>
        <source>Asking the server for its models…</source>
        <translation>正在向服务器获取模型列表…</translation>
    </message>
    <message>
        <source>Could not list the models: %1</source>
        <translation>无法列出模型：%1</translation>
    </message>
</context>
<context>
    <name>FirstRunDialog</name>
    <message>
        <source>Welcome to QwenDesk</source>
        <translation>欢迎使用 QwenDesk</translation>
    </message>
    <message>
        <source>Choose a model folder</source>
        <translation>选择模型文件夹</translation>
    </message>
    <message>
        <source>Choose a model file</source>
        <translation>选择模型文件</translation>
    </message>
    <message>
        <source>GGUF models (*.gguf)</source>
        <translation>GGUF 模型 (*.gguf)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>所有文件 (*)</translation>
    </message>
    <message>
        <source>QwenDesk runs Qwen3 models on this computer, offline. Choose a model folder (Hugging Face safetensors) or a GGUF file.</source>
        <translation>QwenDesk 在这台电脑上离线运行 Qwen3 模型。请选择模型文件夹（Hugging Face safetensors）或 GGUF 文件。</translation>
    </message>
    <message>
        <source>Until then the built-in demo model is loaded so every screen works. Demo model — random weights, produces random text.</source>
        <translation>在此之前会加载内置演示模型，所有界面都能使用。演示模型 — 随机权重，生成随机文本。</translation>
    </message>
    <message>
        <source>Choose a folder…</source>
        <translation>选择文件夹…</translation>
    </message>
    <message>
        <source>Choose a file…</source>
        <translation>选择文件…</translation>
    </message>
    <message>
        <source>Use the demo model</source>
        <translation>使用演示模型</translation>
    </message>
</context>
<context>
    <name>HardwareSection</name>
    <message>
        <source>Looking at this computer's processors…</source>
        <translation>正在检测这台电脑的处理器…</translation>
    </message>
    <message>
        <source>The hardware could not be probed: %1</source>
        <translation>无法检测硬件：%1</translation>
    </message>
    <message>
        <source>CPU</source>
        <translation>CPU</translation>
    </message>
    <message>
        <source>Memory</source>
        <translation>内存</translation>
    </message>
    <message>
        <source>GPUs</source>
        <translation>GPU</translation>
    </message>
    <message>
        <source>%1 — %2, %3 memory, %4</source>
        <translation>%1 — %2，%3 显存，%4</translation>
    </message>
    <message>
        <source>Driver: %1</source>
        <translation>驱动：%1</translation>
    </message>
    <message>
        <source>Built in</source>
        <translation>内置后端</translation>
    </message>
    <message>
        <source>Backend</source>
        <translation>后端</translation>
    </message>
    <message>
        <source>Automatic lets QwenDesk choose. Choosing a backend forces it, and the model is loaded again.</source>
        <translation>“自动”由 QwenDesk 选择。选择某个后端会强制使用它，并重新加载模型。</translation>
    </message>
    <message>
        <source>GPU layers</source>
        <translation>GPU 层数</translation>
    </message>
    <message>
        <source>Automatic</source>
        <translation>自动</translation>
    </message>
    <message numerus="yes">
        <source>of %n layer(s)</source>
        <translation>
            <numerusform>共 %n 层</numerusform>
        </translation>
    </message>
    <message>
        <source>MoE experts in RAM</source>
        <translation>内存中的 MoE 专家</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>应用</translation>
    </message>
    <message>
        <source>Automatic follows the plan, which splits a model too large for the GPU with the CPU. A number puts that many layers on the GPU and the rest on the CPU; experts kept in RAM run on the CPU. The plan above shows the result, and the model is loaded again.</source>
        <translation>自动：按规划执行，GPU 放不下的模型会与 CPU 分担。填一个数字：将这么多层放在 GPU 上，其余在 CPU 上；留在内存中的专家由 CPU 运行。上方的规划会显示结果，模型会重新加载。</translation>
    </message>
    <message>
        <source>A split between the GPU and the CPU needs a GPU backend: choose Automatic, Vulkan or CUDA above.</source>
        <translation>GPU 与 CPU 分担需要 GPU 后端：请在上方选择“自动”、Vulkan 或 CUDA。</translation>
    </message>
</context>
<context>
    <name>HistoryErrorDialog</name>
    <message>
        <source>The chat history cannot be opened</source>
        <translation>无法打开聊天记录</translation>
    </message>
    <message>
        <source>Close the other QwenDesk window, then try again.</source>
        <translation>请关闭另一个 QwenDesk 窗口，然后重试。</translation>
    </message>
    <message>
        <source>QwenDesk can keep the old file under a new name and start an empty history. Nothing is deleted.</source>
        <translation>QwenDesk 可以将旧文件改名保留，并开始新的空白记录。不会删除任何内容。</translation>
    </message>
    <message>
        <source>Try again</source>
        <translation>重试</translation>
    </message>
    <message>
        <source>Keep the old file and start a new history</source>
        <translation>保留旧文件并开始新记录</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>退出</translation>
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
            <numerusform>为适应上下文，省略了 %n 条较早的消息。</numerusform>
        </translation>
    </message>
    <message>
        <source>Interrupted: QwenDesk closed before this answer finished.</source>
        <translation>已中断：QwenDesk 在此回答完成前关闭。</translation>
    </message>
    <message>
        <source>Stopped.</source>
        <translation>已停止。</translation>
    </message>
    <message>
        <source>Previous version</source>
        <translation>上一个版本</translation>
    </message>
    <message>
        <source>%1 / %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <source>Next version</source>
        <translation>下一个版本</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>复制</translation>
    </message>
    <message>
        <source>Regenerate</source>
        <translation>重新生成</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>编辑</translation>
    </message>
    <message>
        <source>Fork</source>
        <translation>分支</translation>
    </message>
    <message>
        <source>Start a new conversation from here</source>
        <translation>从这里开始新对话</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>Delete this message and what follows it</source>
        <translation>删除此消息及其后的内容</translation>
    </message>
    <message>
        <source>%1 tokens/s · context %2 / %3</source>
        <translation>%1 token/秒 · 上下文 %2 / %3</translation>
    </message>
    <message>
        <source>thinking mode</source>
        <translation>思考模式</translation>
    </message>
    <message>
        <source>non-thinking mode</source>
        <translation>非思考模式</translation>
    </message>
    <message>
        <source>Answered by %1</source>
        <translation>由 %1 回答</translation>
    </message>
</context>
<context>
    <name>ModelFitList</name>
    <message>
        <source>Checking which models fit this computer…</source>
        <translation>正在检查哪些模型适合这台电脑…</translation>
    </message>
    <message>
        <source>Hide the table</source>
        <translation>隐藏表格</translation>
    </message>
    <message>
        <source>Show every model and quantisation</source>
        <translation>显示所有模型和量化方式</translation>
    </message>
    <message>
        <source>Estimated for %1 tokens of context (Settings → Context length). ★ marks the best quantisation of each model.</source>
        <translation>按 %1 个 token 的上下文估算（设置 → 上下文长度）。★ 表示每个模型的最佳量化方式。</translation>
    </message>
    <message>
        <source>%1 tokens</source>
        <translation>%1 个 token</translation>
    </message>
    <message>
        <source>CPU</source>
        <translation>CPU</translation>
    </message>
    <message>
        <source>~%1 tok/s</source>
        <translation>约 %1 token/秒</translation>
    </message>
</context>
<context>
    <name>ModelPlanView</name>
    <message>
        <source>Why</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>No plan for this model: %1</source>
        <translation>无法为此模型制定方案：%1</translation>
    </message>
    <message>
        <source>Planning where this model runs…</source>
        <translation>正在规划此模型在哪里运行…</translation>
    </message>
</context>
<context>
    <name>RemoteEngineDelegate</name>
    <message>
        <source>API key stored</source>
        <translation>已保存 API 密钥</translation>
    </message>
    <message>
        <source>No API key</source>
        <translation>无 API 密钥</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>编辑…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>移除</translation>
    </message>
    <message>
        <source>Remove this engine and its stored API key</source>
        <translation>移除此引擎及其保存的 API 密钥</translation>
    </message>
</context>
<context>
    <name>RemoteEngineDialog</name>
    <message>
        <source>Edit remote engine</source>
        <translation>编辑远程引擎</translation>
    </message>
    <message>
        <source>Add a remote engine</source>
        <translation>添加远程引擎</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>GPU cluster</source>
        <translation>GPU 集群</translation>
    </message>
    <message>
        <source>Base URL</source>
        <translation>基础 URL</translation>
    </message>
    <message>
        <source>API key</source>
        <translation>API 密钥</translation>
    </message>
    <message>
        <source>Stored — type a new key to replace it</source>
        <translation>已保存 — 输入新密钥以替换</translation>
    </message>
    <message>
        <source>None (optional)</source>
        <translation>无（可选）</translation>
    </message>
    <message>
        <source>Remove the stored key</source>
        <translation>移除已保存的密钥</translation>
    </message>
    <message>
        <source>Thinking toggle</source>
        <translation>思考开关</translation>
    </message>
    <message>
        <source>chat_template_kwargs (vLLM, SGLang, llama.cpp, QwenDesk)</source>
        <translation>chat_template_kwargs（vLLM、SGLang、llama.cpp、QwenDesk）</translation>
    </message>
    <message>
        <source>reasoning_effort (Ollama)</source>
        <translation>reasoning_effort（Ollama）</translation>
    </message>
    <message>
        <source>Test connection</source>
        <translation>测试连接</translation>
    </message>
    <message>
        <source>Connection failed: %1</source>
        <translation>连接失败：%1</translation>
    </message>
    <message numerus="yes">
        <source>Connected. %n model(s) available:</source>
        <translation>
            <numerusform>已连接。可用模型 %n 个：</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RemoteEnginesSection</name>
    <message>
        <source>None yet. Add a vLLM, SGLang, llama.cpp, Ollama or QwenDesk server to chat with models too large for this computer.</source>
        <translation>尚无。添加 vLLM、SGLang、llama.cpp、Ollama 或 QwenDesk 服务器，即可与这台电脑装不下的模型对话。</translation>
    </message>
    <message>
        <source>Add engine…</source>
        <translation>添加引擎…</translation>
    </message>
    <message>
        <source>API keys are kept in a file only you can read (secrets.ini), in plain text: no system keychain is available.</source>
        <translation>API 密钥以明文保存在只有你能读取的文件（secrets.ini）中：没有可用的系统钥匙串。</translation>
    </message>
    <message>
        <source>API keys are kept in the system keychain.</source>
        <translation>API 密钥保存在系统钥匙串中。</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>设置</translation>
    </message>
    <message>
        <source>Choose a model folder</source>
        <translation>选择模型文件夹</translation>
    </message>
    <message>
        <source>Choose a model file</source>
        <translation>选择模型文件</translation>
    </message>
    <message>
        <source>GGUF models (*.gguf)</source>
        <translation>GGUF 模型 (*.gguf)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>所有文件 (*)</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>模型</translation>
    </message>
    <message>
        <source>Demo model — random weights, produces random text</source>
        <translation type="vanished">演示模型 — 随机权重，生成随机文本</translation>
    </message>
    <message>
        <source>Folder…</source>
        <translation type="vanished">文件夹…</translation>
    </message>
    <message>
        <source>File…</source>
        <translation type="vanished">文件…</translation>
    </message>
    <message>
        <source>Use the demo model</source>
        <translation type="vanished">使用演示模型</translation>
    </message>
    <message>
        <source>Context length</source>
        <translation>上下文长度</translation>
    </message>
    <message>
        <source>When the context is full</source>
        <translation>上下文已满时</translation>
    </message>
    <message>
        <source>Stop and tell me</source>
        <translation>停止并告诉我</translation>
    </message>
    <message>
        <source>Drop the oldest turns (keep the system prompt)</source>
        <translation>丢弃最早的轮次（保留系统提示）</translation>
    </message>
    <message>
        <source>Truncate the middle (keep the first exchange)</source>
        <translation>截去中间部分（保留第一轮）</translation>
    </message>
    <message>
        <source>Sampling</source>
        <translation>采样</translation>
    </message>
    <message>
        <source>Recommended for the message's mode</source>
        <translation>按消息模式使用推荐值</translation>
    </message>
    <message>
        <source>Custom</source>
        <translation>自定义</translation>
    </message>
    <message>
        <source>Temperature</source>
        <translation>温度</translation>
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
        <translation>思考预设</translation>
    </message>
    <message>
        <source>Non-thinking preset</source>
        <translation>非思考预设</translation>
    </message>
    <message>
        <source>Longest answer (tokens)</source>
        <translation>最长回答（token）</translation>
    </message>
    <message>
        <source>System prompt</source>
        <translation>系统提示</translation>
    </message>
    <message>
        <source>Optional instructions for every conversation</source>
        <translation>用于每个对话的可选指令</translation>
    </message>
    <message>
        <source>Backend</source>
        <translation type="vanished">后端</translation>
    </message>
    <message>
        <source>Automatic</source>
        <translation type="vanished">自动</translation>
    </message>
    <message>
        <source>CPU</source>
        <translation type="vanished">CPU</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>主题</translation>
    </message>
    <message>
        <source>Follow the system</source>
        <translation>跟随系统</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>浅色</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>深色</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>语言</translation>
    </message>
    <message>
        <source>Thinking panel</source>
        <translation>思考面板</translation>
    </message>
    <message>
        <source>Collapse when the answer starts</source>
        <translation>回答开始时折叠</translation>
    </message>
    <message>
        <source>Remote engines</source>
        <translation>远程引擎</translation>
    </message>
    <message>
        <source>Qwen3 models</source>
        <translation>Qwen3 模型</translation>
    </message>
    <message>
        <source>Hardware</source>
        <translation>硬件</translation>
    </message>
</context>
<context>
    <name>Sidebar</name>
    <message>
        <source>New chat</source>
        <translation>新对话</translation>
    </message>
    <message>
        <source>Search all messages</source>
        <translation>搜索所有消息</translation>
    </message>
    <message>
        <source>No conversations yet</source>
        <translation>还没有对话</translation>
    </message>
    <message>
        <source>No messages match</source>
        <translation>没有匹配的消息</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>设置</translation>
    </message>
</context>
<context>
    <name>ThinkingPanel</name>
    <message numerus="yes">
        <source>Thinking… %n s</source>
        <translation>
            <numerusform>思考中… %n 秒</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Thought for %n s</source>
        <translation>
            <numerusform>思考了 %n 秒</numerusform>
        </translation>
    </message>
    <message>
        <source>Hide the thinking</source>
        <translation>隐藏思考过程</translation>
    </message>
    <message>
        <source>Show the thinking</source>
        <translation>显示思考过程</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>复制</translation>
    </message>
</context>
<context>
    <name>UndoBar</name>
    <message>
        <source>Deleted “%1”</source>
        <translation>已删除“%1”</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>撤销</translation>
    </message>
</context>
<context>
    <name>qwendesk::app::ChatController</name>
    <message>
        <source>New chat</source>
        <translation>新对话</translation>
    </message>
    <message>
        <source>The history could not be saved: %1</source>
        <translation>无法保存聊天记录：%1</translation>
    </message>
    <message numerus="yes">
        <source>%n answer(s) were interrupted when QwenDesk last closed; what had arrived was kept.</source>
        <translation>
            <numerusform>QwenDesk 上次关闭时有 %n 个回答被中断；已收到的内容都已保留。</numerusform>
        </translation>
    </message>
    <message>
        <source>The damaged history was kept as %1. A new history was started.</source>
        <translation>损坏的记录已保留为 %1，并已开始新的记录。</translation>
    </message>
    <message>
        <source>The history is not available: %1</source>
        <translation>聊天记录不可用：%1</translation>
    </message>
    <message>
        <source>no model is set and the demo model is missing</source>
        <translation>未设置模型，且缺少演示模型</translation>
    </message>
    <message>
        <source>Demo model</source>
        <translation>演示模型</translation>
    </message>
    <message>
        <source>The model does not fit in memory: %1. Try a smaller or more quantised model.</source>
        <translation>模型无法装入内存：%1。请尝试更小或量化程度更高的模型。</translation>
    </message>
    <message>
        <source>The model could not be loaded: %1</source>
        <translation>无法加载模型：%1</translation>
    </message>
    <message>
        <source>The model is still loading; try again in a moment.</source>
        <translation>模型仍在加载，请稍后再试。</translation>
    </message>
    <message>
        <source>No model is loaded. Choose one in Settings.</source>
        <translation>未加载模型。请在设置中选择一个。</translation>
    </message>
    <message>
        <source>The answer stopped because the context is full.</source>
        <translation>上下文已满，回答已停止。</translation>
    </message>
    <message>
        <source>This conversation no longer fits in the model's context (%1). Choose in Settings to drop the oldest turns or truncate the middle, raise the context length, or start a new conversation.</source>
        <translation>此对话已超出模型的上下文（%1）。请在设置中选择丢弃最早的轮次或截去中间部分、增大上下文长度，或开始新对话。</translation>
    </message>
    <message>
        <source>Out of memory while generating (%1). Try a shorter context length or a smaller model.</source>
        <translation>生成时内存不足（%1）。请尝试更短的上下文长度或更小的模型。</translation>
    </message>
    <message>
        <source>The answer could not be generated: %1</source>
        <translation>无法生成回答：%1</translation>
    </message>
    <message>
        <source>%1 (fork)</source>
        <translation>%1（分支）</translation>
    </message>
    <message>
        <source>The connection was cut mid-answer; what arrived is kept (%1).</source>
        <translation>连接在回答中途断开；已收到的内容已保留（%1）。</translation>
    </message>
    <message>
        <source>The server refused the API key (%1). Check the key in Settings.</source>
        <translation>服务器拒绝了 API 密钥（%1）。请在设置中检查密钥。</translation>
    </message>
    <message>
        <source>The server is busy (%1). Try again in a moment.</source>
        <translation>服务器繁忙（%1）。请稍后再试。</translation>
    </message>
    <message>
        <source>The server cannot be reached: %1</source>
        <translation>无法连接服务器：%1</translation>
    </message>
    <message>
        <source>The server failed: %1</source>
        <translation>服务器出错：%1</translation>
    </message>
    <message>
        <source>The GPU stopped responding. Load the model again (on the GPU or the CPU) to go on.</source>
        <translation>GPU 停止响应。请重新加载模型（在 GPU 或 CPU 上）后继续。</translation>
    </message>
    <message>
        <source>The GPU stopped responding: %1</source>
        <translation>GPU 停止响应：%1</translation>
    </message>
    <message>
        <source>QwenDesk could not restart itself. Close it and open it again to use the GPU.</source>
        <translation>QwenDesk 无法自行重启。请关闭后重新打开，以使用 GPU。</translation>
    </message>
    <message>
        <source>The GPU stopped responding; the answer was cut short and what arrived is kept.</source>
        <translation>GPU 停止响应；回答被中断，已收到的内容已保留。</translation>
    </message>
</context>
<context>
    <name>qwendesk::app::HardwareInfo</name>
    <message>
        <source>dedicated</source>
        <translation>独立显卡</translation>
    </message>
    <message>
        <source>integrated</source>
        <translation>集成显卡</translation>
    </message>
    <message>
        <source>virtual</source>
        <translation>虚拟</translation>
    </message>
    <message>
        <source>software, runs on the CPU</source>
        <translation>软件实现，在 CPU 上运行</translation>
    </message>
    <message>
        <source>other</source>
        <translation>其他</translation>
    </message>
    <message>
        <source>working</source>
        <translation>正常</translation>
    </message>
    <message>
        <source>not built into this version</source>
        <translation>此版本未内置</translation>
    </message>
    <message>
        <source>no driver</source>
        <translation>无驱动</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>失败</translation>
    </message>
    <message>
        <source>Automatic (the planner's choice)</source>
        <translation>自动（由规划器选择）</translation>
    </message>
    <message>
        <source>CPU</source>
        <translation>CPU</translation>
    </message>
    <message>
        <source>Vulkan (GPU)</source>
        <translation>Vulkan（GPU）</translation>
    </message>
    <message>
        <source>CUDA (NVIDIA GPU)</source>
        <translation>CUDA（NVIDIA GPU）</translation>
    </message>
    <message>
        <source>the CPU</source>
        <translation>CPU</translation>
    </message>
    <message>
        <source>%1 cores / %2 threads</source>
        <translation>%1 核 / %2 线程</translation>
    </message>
    <message>
        <source>%1 threads</source>
        <translation>%1 线程</translation>
    </message>
    <message>
        <source>%1 (%2), %3, %4 kernels</source>
        <translation>%1（%2），%3，%4 内核</translation>
    </message>
    <message>
        <source>described CPU</source>
        <translation>描述的 CPU</translation>
    </message>
    <message>
        <source>%1 cores</source>
        <translation>%1 核</translation>
    </message>
    <message>
        <source>%1 kernels</source>
        <translation>%1 内核</translation>
    </message>
    <message>
        <source>%1 (%2 available now)</source>
        <translation>%1（当前可用 %2）</translation>
    </message>
    <message>
        <source>NVIDIA driver, CUDA %1</source>
        <translation>NVIDIA 驱动，CUDA %1</translation>
    </message>
    <message>
        <source>%1, Vulkan %2</source>
        <translation>%1，Vulkan %2</translation>
    </message>
    <message>
        <source>described, not probed</source>
        <translation>按描述，未检测</translation>
    </message>
    <message>
        <source>no API</source>
        <translation>无可用 API</translation>
    </message>
    <message>
        <source>No GPU found.</source>
        <translation>未找到 GPU。</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message numerus="yes">
        <source>%n device(s)</source>
        <translation>
            <numerusform>%n 个设备</numerusform>
        </translation>
    </message>
    <message>
        <source>Planned on %1 with %2 tokens of context: %3 of %4 usable — %5</source>
        <translation>计划在 %1 上运行，上下文 %2 个 token：使用 %3，可用 %4 — %5</translation>
    </message>
    <message>
        <source>%1 of weights (exact, from the file)</source>
        <translation>权重 %1（精确，来自文件）</translation>
    </message>
    <message>
        <source>%1 of weights (estimated)</source>
        <translation>权重 %1（估算）</translation>
    </message>
    <message>
        <source>weights %1 + KV cache %2 + working %3 + runtime %4 = %5 of %6 usable (%7, %8 kept free)</source>
        <translation>权重 %1 + KV 缓存 %2 + 工作区 %3 + 运行时 %4 = %5，可用 %6（共 %7，保留 %8）</translation>
    </message>
    <message>
        <source>roughly %1 tokens/s when generating</source>
        <translation>生成时约 %1 token/秒</translation>
    </message>
    <message>
        <source>Loading %1…</source>
        <translation>正在加载 %1…</translation>
    </message>
    <message>
        <source>No model is loaded.</source>
        <translation>未加载模型。</translation>
    </message>
    <message>
        <source>New messages are answered by the remote engine %1.</source>
        <translation>新消息由远程引擎 %1 回答。</translation>
    </message>
    <message>
        <source>%1 runs on %2 with %3 tokens of context.</source>
        <translation>%1 在 %2 上运行，上下文 %3 个 token。</translation>
    </message>
    <message>
        <source>No Qwen3 model runs comfortably here; models marked tight may still load but leave little room or run slowly.</source>
        <translation>这里没有能流畅运行的 Qwen3 模型；标为“紧张”的模型也许能加载，但余量很小或运行较慢。</translation>
    </message>
    <message>
        <source>Best pick for this computer: %1 %2 on %3 with %4 tokens of context.</source>
        <translation>这台电脑的最佳选择：%1 %2，在 %3 上运行，上下文 %4 个 token。</translation>
    </message>
    <message>
        <source>Split with the CPU: %1 of %2 layers on the GPU</source>
        <translation>与 CPU 分担：%2 层中有 %1 层在 GPU 上</translation>
    </message>
    <message>
        <source>experts of layers %1 in RAM</source>
        <translation>第 %1 层的专家在内存中</translation>
    </message>
    <message>
        <source>%1 in RAM</source>
        <translation>内存中 %1</translation>
    </message>
    <message>
        <source>Automatic</source>
        <translation>自动</translation>
    </message>
    <message>
        <source>None (every expert on the GPU)</source>
        <translation>无（所有专家都在 GPU 上）</translation>
    </message>
    <message>
        <source>All (every layer's experts in RAM)</source>
        <translation>全部（每一层的专家都在内存中）</translation>
    </message>
    <message>
        <source>These layers…</source>
        <translation>指定的层…</translation>
    </message>
    <message>
        <source>The model's layers are not known yet; wait until its plan is shown.</source>
        <translation>尚不知道模型的层数；请等到显示其规划后再试。</translation>
    </message>
</context>
<context>
    <name>qwendesk::app::RemoteEngines</name>
    <message>
        <source>The base URL must start with http:// or https://</source>
        <translation>基础 URL 必须以 http:// 或 https:// 开头</translation>
    </message>
    <message>
        <source>no such remote engine</source>
        <translation>没有这个远程引擎</translation>
    </message>
</context>
<context>
    <name>qwendesk::ui::RecommendationModel</name>
    <message>
        <source>fits</source>
        <translation>合适</translation>
    </message>
    <message>
        <source>tight</source>
        <translation>紧张</translation>
    </message>
    <message>
        <source>too large</source>
        <translation>过大</translation>
    </message>
</context>
</TS>
