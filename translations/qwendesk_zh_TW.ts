<?xml version='1.0' encoding='utf-8'?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_TW">
<context>
    <name>ChatView</name>
    <message>
        <source>New chat</source>
        <translation>新對話</translation>
    </message>
    <message>
        <source>Loading %1…</source>
        <translation>正在載入 %1…</translation>
    </message>
    <message>
        <source>Demo model — random weights, produces random text</source>
        <translation>示範模型 — 隨機權重，產生隨機文字</translation>
    </message>
    <message>
        <source>Choose a model…</source>
        <translation>選擇模型…</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>設定</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>關閉</translation>
    </message>
    <message>
        <source>Ask anything. Everything stays on this computer.</source>
        <translation>儘管提問。所有內容都留在這台電腦上。</translation>
    </message>
    <message>
        <source>This session runs on the CPU because the GPU stopped responding. The backend chosen in Settings is unchanged.</source>
        <translation>由於 GPU 停止回應，本次工作階段在 CPU 上執行。設定中選擇的後端沒有改變。</translation>
    </message>
    <message>
        <source>Try the GPU again</source>
        <translation>再次嘗試 GPU</translation>
    </message>
</context>
<context>
    <name>CodeBlock</name>
    <message>
        <source>code</source>
        <translation>程式碼</translation>
    </message>
    <message>
        <source>Copied</source>
        <translation>已複製</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>複製</translation>
    </message>
</context>
<context>
    <name>Composer</name>
    <message>
        <source>Message QwenDesk… (/think or /no_think switch the mode)</source>
        <translation>傳訊息給 QwenDesk…（/think 或 /no_think 切換模式）</translation>
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
        <translation>傳送</translation>
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
        <translation>重新命名</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>刪除</translation>
    </message>
</context>
<context>
    <name>DeviceLostBanner</name>
    <message>
        <source>The GPU stopped responding. Your conversation is kept; load the model again to go on.</source>
        <translation>GPU 停止回應。您的對話已保留；請重新載入模型後繼續。</translation>
    </message>
    <message>
        <source>CUDA cannot use the GPU again until QwenDesk restarts.</source>
        <translation>在 QwenDesk 重新啟動之前，CUDA 無法再次使用 GPU。</translation>
    </message>
    <message>
        <source>Restart QwenDesk</source>
        <translation>重新啟動 QwenDesk</translation>
    </message>
    <message>
        <source>Reload on the GPU</source>
        <translation>在 GPU 上重新載入</translation>
    </message>
    <message>
        <source>Continue on the CPU</source>
        <translation>在 CPU 上繼續</translation>
    </message>
    <message>
        <source>For this session only; the backend chosen in Settings stays as it is.</source>
        <translation>僅限本次工作階段；設定中選擇的後端保持不變。</translation>
    </message>
</context>
<context>
    <name>EditDialog</name>
    <message>
        <source>Edit and resend</source>
        <translation>編輯並重新傳送</translation>
    </message>
    <message>
        <source>Edit the answer</source>
        <translation>編輯回答</translation>
    </message>
</context>
<context>
    <name>EngineChooser</name>
    <message>
        <source>New messages are answered by %1.</source>
        <translation>新訊息由 %1 回答。</translation>
    </message>
    <message>
        <source>Loading %1…</source>
        <translation>正在載入 %1…</translation>
    </message>
    <message>
        <source>This computer</source>
        <translation>這台電腦</translation>
    </message>
    <message>
        <source>Choose a model folder or file, or use the demo model.</source>
        <translation>選擇模型資料夾或檔案，或使用示範模型。</translation>
    </message>
    <message>
        <source>Demo model — random weights, produces random text</source>
        <translation>示範模型 — 隨機權重，產生隨機文字</translation>
    </message>
    <message>
        <source>Folder…</source>
        <translation>資料夾…</translation>
    </message>
    <message>
        <source>File…</source>
        <translation>檔案…</translation>
    </message>
    <message>
        <source>Use the demo model</source>
        <translation>使用示範模型</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>重新整理</translation>
    </message>
    <message>
        <source>Use</source>
        <translation>使用</translation>
    </message>
    <message>
        <source>Asking the server for its models…</source>
        <translation>正在向伺服器取得模型清單…</translation>
    </message>
    <message>
        <source>Could not list the models: %1</source>
        <translation>無法列出模型：%1</translation>
    </message>
</context>
<context>
    <name>FirstRunDialog</name>
    <message>
        <source>Welcome to QwenDesk</source>
        <translation>歡迎使用 QwenDesk</translation>
    </message>
    <message>
        <source>Choose a model folder</source>
        <translation>選擇模型資料夾</translation>
    </message>
    <message>
        <source>Choose a model file</source>
        <translation>選擇模型檔案</translation>
    </message>
    <message>
        <source>GGUF models (*.gguf)</source>
        <translation>GGUF 模型 (*.gguf)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>所有檔案 (*)</translation>
    </message>
    <message>
        <source>QwenDesk runs Qwen3 models on this computer, offline. Choose a model folder (Hugging Face safetensors) or a GGUF file.</source>
        <translation>QwenDesk 在這台電腦上離線執行 Qwen3 模型。請選擇模型資料夾（Hugging Face safetensors）或 GGUF 檔案。</translation>
    </message>
    <message>
        <source>Until then the built-in demo model is loaded so every screen works. Demo model — random weights, produces random text.</source>
        <translation>在此之前會載入內建示範模型，所有畫面都能使用。示範模型 — 隨機權重，產生隨機文字。</translation>
    </message>
    <message>
        <source>Choose a folder…</source>
        <translation>選擇資料夾…</translation>
    </message>
    <message>
        <source>Choose a file…</source>
        <translation>選擇檔案…</translation>
    </message>
    <message>
        <source>Use the demo model</source>
        <translation>使用示範模型</translation>
    </message>
</context>
<context>
    <name>HardwareSection</name>
    <message>
        <source>Looking at this computer's processors…</source>
        <translation>正在偵測這台電腦的處理器…</translation>
    </message>
    <message>
        <source>The hardware could not be probed: %1</source>
        <translation>無法偵測硬體：%1</translation>
    </message>
    <message>
        <source>CPU</source>
        <translation>CPU</translation>
    </message>
    <message>
        <source>Memory</source>
        <translation>記憶體</translation>
    </message>
    <message>
        <source>GPUs</source>
        <translation>GPU</translation>
    </message>
    <message>
        <source>%1 — %2, %3 memory, %4</source>
        <translation>%1 — %2，%3 顯示記憶體，%4</translation>
    </message>
    <message>
        <source>Driver: %1</source>
        <translation>驅動程式：%1</translation>
    </message>
    <message>
        <source>Built in</source>
        <translation>內建後端</translation>
    </message>
    <message>
        <source>Backend</source>
        <translation>後端</translation>
    </message>
    <message>
        <source>Automatic lets QwenDesk choose. Choosing a backend forces it, and the model is loaded again.</source>
        <translation>「自動」由 QwenDesk 選擇。選擇某個後端會強制使用它，並重新載入模型。</translation>
    </message>
    <message>
        <source>GPU layers</source>
        <translation>GPU 層數</translation>
    </message>
    <message>
        <source>Automatic</source>
        <translation>自動</translation>
    </message>
    <message numerus="yes">
        <source>of %n layer(s)</source>
        <translation>
            <numerusform>共 %n 層</numerusform>
        </translation>
    </message>
    <message>
        <source>MoE experts in RAM</source>
        <translation>記憶體中的 MoE 專家</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>套用</translation>
    </message>
    <message>
        <source>Automatic follows the plan, which splits a model too large for the GPU with the CPU. A number puts that many layers on the GPU and the rest on the CPU; experts kept in RAM run on the CPU. The plan above shows the result, and the model is loaded again.</source>
        <translation>自動：依規劃執行，GPU 放不下的模型會與 CPU 分擔。填一個數字：將這麼多層放在 GPU 上，其餘在 CPU 上；留在記憶體中的專家由 CPU 執行。上方的規劃會顯示結果，模型會重新載入。</translation>
    </message>
    <message>
        <source>A split between the GPU and the CPU needs a GPU backend: choose Automatic, Vulkan or CUDA above.</source>
        <translation>GPU 與 CPU 分擔需要 GPU 後端：請在上方選擇「自動」、Vulkan 或 CUDA。</translation>
    </message>
</context>
<context>
    <name>HistoryErrorDialog</name>
    <message>
        <source>The chat history cannot be opened</source>
        <translation>無法開啟聊天紀錄</translation>
    </message>
    <message>
        <source>Close the other QwenDesk window, then try again.</source>
        <translation>請關閉另一個 QwenDesk 視窗，然後重試。</translation>
    </message>
    <message>
        <source>QwenDesk can keep the old file under a new name and start an empty history. Nothing is deleted.</source>
        <translation>QwenDesk 可以將舊檔案改名保留，並開始新的空白紀錄。不會刪除任何內容。</translation>
    </message>
    <message>
        <source>Try again</source>
        <translation>重試</translation>
    </message>
    <message>
        <source>Keep the old file and start a new history</source>
        <translation>保留舊檔案並開始新紀錄</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>結束</translation>
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
            <numerusform>為符合上下文，省略了 %n 則較早的訊息。</numerusform>
        </translation>
    </message>
    <message>
        <source>Interrupted: QwenDesk closed before this answer finished.</source>
        <translation>已中斷：QwenDesk 在此回答完成前關閉。</translation>
    </message>
    <message>
        <source>Stopped.</source>
        <translation>已停止。</translation>
    </message>
    <message>
        <source>Previous version</source>
        <translation>上一個版本</translation>
    </message>
    <message>
        <source>%1 / %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <source>Next version</source>
        <translation>下一個版本</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>複製</translation>
    </message>
    <message>
        <source>Regenerate</source>
        <translation>重新產生</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>編輯</translation>
    </message>
    <message>
        <source>Fork</source>
        <translation>分支</translation>
    </message>
    <message>
        <source>Start a new conversation from here</source>
        <translation>從這裡開始新對話</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>刪除</translation>
    </message>
    <message>
        <source>Delete this message and what follows it</source>
        <translation>刪除此訊息及其後的內容</translation>
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
        <translation>正在檢查哪些模型適合這台電腦…</translation>
    </message>
    <message>
        <source>Hide the table</source>
        <translation>隱藏表格</translation>
    </message>
    <message>
        <source>Show every model and quantisation</source>
        <translation>顯示所有模型與量化方式</translation>
    </message>
    <message>
        <source>Estimated for %1 tokens of context (Settings → Context length). ★ marks the best quantisation of each model.</source>
        <translation>依 %1 個 token 的上下文估算（設定 → 上下文長度）。★ 表示每個模型的最佳量化方式。</translation>
    </message>
    <message>
        <source>%1 tokens</source>
        <translation>%1 個 token</translation>
    </message>
    <message>
        <source>CPU</source>
        <translation>CPU</translation>
    </message>
    <message>
        <source>~%1 tok/s</source>
        <translation>約 %1 token/秒</translation>
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
        <translation>無法為此模型制定方案：%1</translation>
    </message>
    <message>
        <source>Planning where this model runs…</source>
        <translation>正在規劃此模型在哪裡執行…</translation>
    </message>
</context>
<context>
    <name>RemoteEngineDelegate</name>
    <message>
        <source>API key stored</source>
        <translation>已儲存 API 金鑰</translation>
    </message>
    <message>
        <source>No API key</source>
        <translation>無 API 金鑰</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>編輯…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>移除</translation>
    </message>
    <message>
        <source>Remove this engine and its stored API key</source>
        <translation>移除此引擎及其儲存的 API 金鑰</translation>
    </message>
</context>
<context>
    <name>RemoteEngineDialog</name>
    <message>
        <source>Edit remote engine</source>
        <translation>編輯遠端引擎</translation>
    </message>
    <message>
        <source>Add a remote engine</source>
        <translation>新增遠端引擎</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名稱</translation>
    </message>
    <message>
        <source>GPU cluster</source>
        <translation>GPU 叢集</translation>
    </message>
    <message>
        <source>Base URL</source>
        <translation>基礎 URL</translation>
    </message>
    <message>
        <source>API key</source>
        <translation>API 金鑰</translation>
    </message>
    <message>
        <source>Stored — type a new key to replace it</source>
        <translation>已儲存 — 輸入新金鑰以取代</translation>
    </message>
    <message>
        <source>None (optional)</source>
        <translation>無（選填）</translation>
    </message>
    <message>
        <source>Remove the stored key</source>
        <translation>移除已儲存的金鑰</translation>
    </message>
    <message>
        <source>Thinking toggle</source>
        <translation>思考開關</translation>
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
        <translation>測試連線</translation>
    </message>
    <message>
        <source>Connection failed: %1</source>
        <translation>連線失敗：%1</translation>
    </message>
    <message numerus="yes">
        <source>Connected. %n model(s) available:</source>
        <translation>
            <numerusform>已連線。可用模型 %n 個：</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RemoteEnginesSection</name>
    <message>
        <source>None yet. Add a vLLM, SGLang, llama.cpp, Ollama or QwenDesk server to chat with models too large for this computer.</source>
        <translation>尚無。新增 vLLM、SGLang、llama.cpp、Ollama 或 QwenDesk 伺服器，即可與這台電腦裝不下的模型對話。</translation>
    </message>
    <message>
        <source>Add engine…</source>
        <translation>新增引擎…</translation>
    </message>
    <message>
        <source>API keys are kept in a file only you can read (secrets.ini), in plain text: no system keychain is available.</source>
        <translation>API 金鑰以明文儲存在只有你能讀取的檔案（secrets.ini）中：沒有可用的系統鑰匙圈。</translation>
    </message>
    <message>
        <source>API keys are kept in the system keychain.</source>
        <translation>API 金鑰儲存在系統鑰匙圈中。</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>設定</translation>
    </message>
    <message>
        <source>Choose a model folder</source>
        <translation>選擇模型資料夾</translation>
    </message>
    <message>
        <source>Choose a model file</source>
        <translation>選擇模型檔案</translation>
    </message>
    <message>
        <source>GGUF models (*.gguf)</source>
        <translation>GGUF 模型 (*.gguf)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>所有檔案 (*)</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>模型</translation>
    </message>
    <message>
        <source>Demo model — random weights, produces random text</source>
        <translation type="vanished">示範模型 — 隨機權重，產生隨機文字</translation>
    </message>
    <message>
        <source>Folder…</source>
        <translation type="vanished">資料夾…</translation>
    </message>
    <message>
        <source>File…</source>
        <translation type="vanished">檔案…</translation>
    </message>
    <message>
        <source>Use the demo model</source>
        <translation type="vanished">使用示範模型</translation>
    </message>
    <message>
        <source>Context length</source>
        <translation>上下文長度</translation>
    </message>
    <message>
        <source>When the context is full</source>
        <translation>上下文已滿時</translation>
    </message>
    <message>
        <source>Stop and tell me</source>
        <translation>停止並告訴我</translation>
    </message>
    <message>
        <source>Drop the oldest turns (keep the system prompt)</source>
        <translation>捨棄最早的輪次（保留系統提示）</translation>
    </message>
    <message>
        <source>Truncate the middle (keep the first exchange)</source>
        <translation>截去中間部分（保留第一輪）</translation>
    </message>
    <message>
        <source>Sampling</source>
        <translation>取樣</translation>
    </message>
    <message>
        <source>Recommended for the message's mode</source>
        <translation>依訊息模式使用建議值</translation>
    </message>
    <message>
        <source>Custom</source>
        <translation>自訂</translation>
    </message>
    <message>
        <source>Temperature</source>
        <translation>溫度</translation>
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
        <translation>思考預設</translation>
    </message>
    <message>
        <source>Non-thinking preset</source>
        <translation>非思考預設</translation>
    </message>
    <message>
        <source>Longest answer (tokens)</source>
        <translation>最長回答（token）</translation>
    </message>
    <message>
        <source>System prompt</source>
        <translation>系統提示</translation>
    </message>
    <message>
        <source>Optional instructions for every conversation</source>
        <translation>用於每個對話的選用指示</translation>
    </message>
    <message>
        <source>Backend</source>
        <translation type="vanished">後端</translation>
    </message>
    <message>
        <source>Automatic</source>
        <translation type="vanished">自動</translation>
    </message>
    <message>
        <source>CPU</source>
        <translation type="vanished">CPU</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>主題</translation>
    </message>
    <message>
        <source>Follow the system</source>
        <translation>跟隨系統</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>淺色</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>深色</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>語言</translation>
    </message>
    <message>
        <source>Thinking panel</source>
        <translation>思考面板</translation>
    </message>
    <message>
        <source>Collapse when the answer starts</source>
        <translation>回答開始時摺疊</translation>
    </message>
    <message>
        <source>Remote engines</source>
        <translation>遠端引擎</translation>
    </message>
    <message>
        <source>Qwen3 models</source>
        <translation>Qwen3 模型</translation>
    </message>
    <message>
        <source>Hardware</source>
        <translation>硬體</translation>
    </message>
</context>
<context>
    <name>Sidebar</name>
    <message>
        <source>New chat</source>
        <translation>新對話</translation>
    </message>
    <message>
        <source>Search all messages</source>
        <translation>搜尋所有訊息</translation>
    </message>
    <message>
        <source>No conversations yet</source>
        <translation>還沒有對話</translation>
    </message>
    <message>
        <source>No messages match</source>
        <translation>沒有符合的訊息</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>設定</translation>
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
        <translation>隱藏思考過程</translation>
    </message>
    <message>
        <source>Show the thinking</source>
        <translation>顯示思考過程</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>複製</translation>
    </message>
</context>
<context>
    <name>UndoBar</name>
    <message>
        <source>Deleted “%1”</source>
        <translation>已刪除「%1」</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>復原</translation>
    </message>
</context>
<context>
    <name>qwendesk::app::ChatController</name>
    <message>
        <source>New chat</source>
        <translation>新對話</translation>
    </message>
    <message>
        <source>The history could not be saved: %1</source>
        <translation>無法儲存聊天紀錄：%1</translation>
    </message>
    <message numerus="yes">
        <source>%n answer(s) were interrupted when QwenDesk last closed; what had arrived was kept.</source>
        <translation>
            <numerusform>QwenDesk 上次關閉時有 %n 個回答被中斷；已收到的內容都已保留。</numerusform>
        </translation>
    </message>
    <message>
        <source>The damaged history was kept as %1. A new history was started.</source>
        <translation>損壞的紀錄已保留為 %1，並已開始新的紀錄。</translation>
    </message>
    <message>
        <source>The history is not available: %1</source>
        <translation>聊天紀錄無法使用：%1</translation>
    </message>
    <message>
        <source>no model is set and the demo model is missing</source>
        <translation>未設定模型，且缺少示範模型</translation>
    </message>
    <message>
        <source>Demo model</source>
        <translation>示範模型</translation>
    </message>
    <message>
        <source>The model does not fit in memory: %1. Try a smaller or more quantised model.</source>
        <translation>模型無法載入記憶體：%1。請嘗試更小或量化程度更高的模型。</translation>
    </message>
    <message>
        <source>The model could not be loaded: %1</source>
        <translation>無法載入模型：%1</translation>
    </message>
    <message>
        <source>The model is still loading; try again in a moment.</source>
        <translation>模型仍在載入，請稍後再試。</translation>
    </message>
    <message>
        <source>No model is loaded. Choose one in Settings.</source>
        <translation>未載入模型。請在設定中選擇一個。</translation>
    </message>
    <message>
        <source>The answer stopped because the context is full.</source>
        <translation>上下文已滿，回答已停止。</translation>
    </message>
    <message>
        <source>This conversation no longer fits in the model's context (%1). Choose in Settings to drop the oldest turns or truncate the middle, raise the context length, or start a new conversation.</source>
        <translation>此對話已超出模型的上下文（%1）。請在設定中選擇捨棄最早的輪次或截去中間部分、增加上下文長度，或開始新對話。</translation>
    </message>
    <message>
        <source>Out of memory while generating (%1). Try a shorter context length or a smaller model.</source>
        <translation>產生時記憶體不足（%1）。請嘗試較短的上下文長度或較小的模型。</translation>
    </message>
    <message>
        <source>The answer could not be generated: %1</source>
        <translation>無法產生回答：%1</translation>
    </message>
    <message>
        <source>%1 (fork)</source>
        <translation>%1（分支）</translation>
    </message>
    <message>
        <source>The connection was cut mid-answer; what arrived is kept (%1).</source>
        <translation>連線在回答中途中斷；已收到的內容已保留（%1）。</translation>
    </message>
    <message>
        <source>The server refused the API key (%1). Check the key in Settings.</source>
        <translation>伺服器拒絕了 API 金鑰（%1）。請在設定中檢查金鑰。</translation>
    </message>
    <message>
        <source>The server is busy (%1). Try again in a moment.</source>
        <translation>伺服器忙碌中（%1）。請稍後再試。</translation>
    </message>
    <message>
        <source>The server cannot be reached: %1</source>
        <translation>無法連線到伺服器：%1</translation>
    </message>
    <message>
        <source>The server failed: %1</source>
        <translation>伺服器發生錯誤：%1</translation>
    </message>
    <message>
        <source>The GPU stopped responding. Load the model again (on the GPU or the CPU) to go on.</source>
        <translation>GPU 停止回應。請重新載入模型（在 GPU 或 CPU 上）後繼續。</translation>
    </message>
    <message>
        <source>The GPU stopped responding: %1</source>
        <translation>GPU 停止回應：%1</translation>
    </message>
    <message>
        <source>QwenDesk could not restart itself. Close it and open it again to use the GPU.</source>
        <translation>QwenDesk 無法自行重新啟動。請關閉後重新開啟，以使用 GPU。</translation>
    </message>
    <message>
        <source>The GPU stopped responding; the answer was cut short and what arrived is kept.</source>
        <translation>GPU 停止回應；回答被中斷，已收到的內容已保留。</translation>
    </message>
</context>
<context>
    <name>qwendesk::app::HardwareInfo</name>
    <message>
        <source>dedicated</source>
        <translation>獨立顯示卡</translation>
    </message>
    <message>
        <source>integrated</source>
        <translation>內建顯示卡</translation>
    </message>
    <message>
        <source>virtual</source>
        <translation>虛擬</translation>
    </message>
    <message>
        <source>software, runs on the CPU</source>
        <translation>軟體實作，在 CPU 上執行</translation>
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
        <translation>此版本未內建</translation>
    </message>
    <message>
        <source>no driver</source>
        <translation>無驅動程式</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>失敗</translation>
    </message>
    <message>
        <source>Automatic (the planner's choice)</source>
        <translation>自動（由規劃器選擇）</translation>
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
        <translation>%1 核心 / %2 執行緒</translation>
    </message>
    <message>
        <source>%1 threads</source>
        <translation>%1 執行緒</translation>
    </message>
    <message>
        <source>%1 (%2), %3, %4 kernels</source>
        <translation>%1（%2），%3，%4 核心程式</translation>
    </message>
    <message>
        <source>described CPU</source>
        <translation>描述的 CPU</translation>
    </message>
    <message>
        <source>%1 cores</source>
        <translation>%1 核心</translation>
    </message>
    <message>
        <source>%1 kernels</source>
        <translation>%1 核心程式</translation>
    </message>
    <message>
        <source>%1 (%2 available now)</source>
        <translation>%1（目前可用 %2）</translation>
    </message>
    <message>
        <source>NVIDIA driver, CUDA %1</source>
        <translation>NVIDIA 驅動程式，CUDA %1</translation>
    </message>
    <message>
        <source>%1, Vulkan %2</source>
        <translation>%1，Vulkan %2</translation>
    </message>
    <message>
        <source>described, not probed</source>
        <translation>依描述，未偵測</translation>
    </message>
    <message>
        <source>no API</source>
        <translation>無可用 API</translation>
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
            <numerusform>%n 個裝置</numerusform>
        </translation>
    </message>
    <message>
        <source>Planned on %1 with %2 tokens of context: %3 of %4 usable — %5</source>
        <translation>計畫在 %1 上執行，上下文 %2 個 token：使用 %3，可用 %4 — %5</translation>
    </message>
    <message>
        <source>%1 of weights (exact, from the file)</source>
        <translation>權重 %1（精確，來自檔案）</translation>
    </message>
    <message>
        <source>%1 of weights (estimated)</source>
        <translation>權重 %1（估算）</translation>
    </message>
    <message>
        <source>weights %1 + KV cache %2 + working %3 + runtime %4 = %5 of %6 usable (%7, %8 kept free)</source>
        <translation>權重 %1 + KV 快取 %2 + 工作區 %3 + 執行環境 %4 = %5，可用 %6（共 %7，保留 %8）</translation>
    </message>
    <message>
        <source>roughly %1 tokens/s when generating</source>
        <translation>產生時約 %1 token/秒</translation>
    </message>
    <message>
        <source>Loading %1…</source>
        <translation>正在載入 %1…</translation>
    </message>
    <message>
        <source>No model is loaded.</source>
        <translation>未載入模型。</translation>
    </message>
    <message>
        <source>New messages are answered by the remote engine %1.</source>
        <translation>新訊息由遠端引擎 %1 回答。</translation>
    </message>
    <message>
        <source>%1 runs on %2 with %3 tokens of context.</source>
        <translation>%1 在 %2 上執行，上下文 %3 個 token。</translation>
    </message>
    <message>
        <source>No Qwen3 model runs comfortably here; models marked tight may still load but leave little room or run slowly.</source>
        <translation>這裡沒有能流暢執行的 Qwen3 模型；標為「緊繃」的模型也許能載入，但餘裕很小或執行較慢。</translation>
    </message>
    <message>
        <source>Best pick for this computer: %1 %2 on %3 with %4 tokens of context.</source>
        <translation>這台電腦的最佳選擇：%1 %2，在 %3 上執行，上下文 %4 個 token。</translation>
    </message>
    <message>
        <source>Split with the CPU: %1 of %2 layers on the GPU</source>
        <translation>與 CPU 分擔：%2 層中有 %1 層在 GPU 上</translation>
    </message>
    <message>
        <source>experts of layers %1 in RAM</source>
        <translation>第 %1 層的專家在記憶體中</translation>
    </message>
    <message>
        <source>%1 in RAM</source>
        <translation>記憶體中 %1</translation>
    </message>
    <message>
        <source>Automatic</source>
        <translation>自動</translation>
    </message>
    <message>
        <source>None (every expert on the GPU)</source>
        <translation>無（所有專家都在 GPU 上）</translation>
    </message>
    <message>
        <source>All (every layer's experts in RAM)</source>
        <translation>全部（每一層的專家都在記憶體中）</translation>
    </message>
    <message>
        <source>These layers…</source>
        <translation>指定的層…</translation>
    </message>
    <message>
        <source>The model's layers are not known yet; wait until its plan is shown.</source>
        <translation>尚不知道模型的層數；請等到顯示其規劃後再試。</translation>
    </message>
</context>
<context>
    <name>qwendesk::app::RemoteEngines</name>
    <message>
        <source>The base URL must start with http:// or https://</source>
        <translation>基礎 URL 必須以 http:// 或 https:// 開頭</translation>
    </message>
    <message>
        <source>no such remote engine</source>
        <translation>沒有這個遠端引擎</translation>
    </message>
</context>
<context>
    <name>qwendesk::ui::RecommendationModel</name>
    <message>
        <source>fits</source>
        <translation>合適</translation>
    </message>
    <message>
        <source>tight</source>
        <translation>緊繃</translation>
    </message>
    <message>
        <source>too large</source>
        <translation>過大</translation>
    </message>
</context>
</TS>
