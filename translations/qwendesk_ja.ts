<?xml version='1.0' encoding='utf-8'?>
<!DOCTYPE TS>
<TS version="2.1" language="ja">
<context>
    <name>ChatView</name>
    <message>
        <source>New chat</source>
        <translation>新しいチャット</translation>
    </message>
    <message>
        <source>Loading %1…</source>
        <translation>%1 を読み込み中…</translation>
    </message>
    <message>
        <source>Demo model — random weights, produces random text</source>
        <translation>デモモデル — 重みはランダムで、ランダムな文章を生成します</translation>
    </message>
    <message>
        <source>Choose a model…</source>
        <translation>モデルを選択…</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>設定</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>閉じる</translation>
    </message>
    <message>
        <source>Ask anything. Everything stays on this computer.</source>
        <translation>何でも聞いてください。すべてこのコンピューター内に留まります。</translation>
    </message>
    <message>
        <source>This session runs on the CPU because the GPU stopped responding. The backend chosen in Settings is unchanged.</source>
        <translation>GPU が応答しなくなったため、このセッションは CPU で動作しています。設定で選んだバックエンドは変わっていません。</translation>
    </message>
    <message>
        <source>Try the GPU again</source>
        <translation>GPU をもう一度試す</translation>
    </message>
</context>
<context>
    <name>CodeBlock</name>
    <message>
        <source>code</source>
        <translation>コード</translation>
    </message>
    <message>
        <source>Copied</source>
        <translation>コピーしました</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>コピー</translation>
    </message>
</context>
<context>
    <name>Composer</name>
    <message>
        <source>Message QwenDesk… (/think or /no_think switch the mode)</source>
        <translation>QwenDesk へのメッセージ…（/think または /no_think でモード切替）</translation>
    </message>
    <message>
        <source>Think</source>
        <translation>思考</translation>
    </message>
    <message>
        <source>Thinking mode: the model reasons before it answers</source>
        <translation>思考モード：モデルは答える前に推論します</translation>
    </message>
    <message>
        <source>Non-thinking mode: the model answers directly</source>
        <translation>非思考モード：モデルは直接答えます</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>停止</translation>
    </message>
    <message>
        <source>Send</source>
        <translation>送信</translation>
    </message>
</context>
<context>
    <name>ContextGauge</name>
    <message>
        <source>Context %1 / %2</source>
        <translation>コンテキスト %1 / %2</translation>
    </message>
    <message>
        <source>Context —</source>
        <translation>コンテキスト —</translation>
    </message>
</context>
<context>
    <name>ConversationDelegate</name>
    <message>
        <source>Rename</source>
        <translation>名前を変更</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>削除</translation>
    </message>
</context>
<context>
    <name>DeviceLostBanner</name>
    <message>
        <source>The GPU stopped responding. Your conversation is kept; load the model again to go on.</source>
        <translation>GPU が応答しなくなりました。会話は残っています。続けるにはモデルを読み込み直してください。</translation>
    </message>
    <message>
        <source>CUDA cannot use the GPU again until QwenDesk restarts.</source>
        <translation>QwenDesk を再起動するまで、CUDA は GPU を再び使えません。</translation>
    </message>
    <message>
        <source>Restart QwenDesk</source>
        <translation>QwenDesk を再起動</translation>
    </message>
    <message>
        <source>Reload on the GPU</source>
        <translation>GPU で読み込み直す</translation>
    </message>
    <message>
        <source>Continue on the CPU</source>
        <translation>CPU で続ける</translation>
    </message>
    <message>
        <source>For this session only; the backend chosen in Settings stays as it is.</source>
        <translation>このセッションのみです。設定で選んだバックエンドはそのままです。</translation>
    </message>
</context>
<context>
    <name>EditDialog</name>
    <message>
        <source>Edit and resend</source>
        <translation>編集して再送信</translation>
    </message>
    <message>
        <source>Edit the answer</source>
        <translation>回答を編集</translation>
    </message>
</context>
<context>
    <name>EngineChooser</name>
    <message>
        <source>New messages are answered by %1.</source>
        <translation>新しいメッセージには %1 が答えます。</translation>
    </message>
    <message>
        <source>Loading %1…</source>
        <translation>%1 を読み込み中…</translation>
    </message>
    <message>
        <source>This computer</source>
        <translation>このコンピューター</translation>
    </message>
    <message>
        <source>Choose a model folder or file, or use the demo model.</source>
        <translation>モデルのフォルダーかファイルを選ぶか、デモモデルを使用します。</translation>
    </message>
    <message>
        <source>Demo model — random weights, produces random text</source>
        <translation>デモモデル — 重みはランダムで、ランダムな文章を生成します</translation>
    </message>
    <message>
        <source>Folder…</source>
        <translation>フォルダー…</translation>
    </message>
    <message>
        <source>File…</source>
        <translation>ファイル…</translation>
    </message>
    <message>
        <source>Use the demo model</source>
        <translation>デモモデルを使う</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>更新</translation>
    </message>
    <message>
        <source>Use</source>
        <translation>使用</translation>
    </message>
    <message>
        <source>Asking the server for its models…</source>
        <translation>サーバーにモデル一覧を問い合わせています…</translation>
    </message>
    <message>
        <source>Could not list the models: %1</source>
        <translation>モデルを一覧できませんでした: %1</translation>
    </message>
</context>
<context>
    <name>FirstRunDialog</name>
    <message>
        <source>Welcome to QwenDesk</source>
        <translation>QwenDesk へようこそ</translation>
    </message>
    <message>
        <source>Choose a model folder</source>
        <translation>モデルのフォルダーを選択</translation>
    </message>
    <message>
        <source>Choose a model file</source>
        <translation>モデルのファイルを選択</translation>
    </message>
    <message>
        <source>GGUF models (*.gguf)</source>
        <translation>GGUF モデル (*.gguf)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>すべてのファイル (*)</translation>
    </message>
    <message>
        <source>QwenDesk runs Qwen3 models on this computer, offline. Choose a model folder (Hugging Face safetensors) or a GGUF file.</source>
        <translation>QwenDesk はこのコンピューター上でオフラインで Qwen3 モデルを動かします。モデルのフォルダー（Hugging Face safetensors）か GGUF ファイルを選んでください。</translation>
    </message>
    <message>
        <source>Until then the built-in demo model is loaded so every screen works. Demo model — random weights, produces random text.</source>
        <translation>それまでは内蔵のデモモデルが読み込まれ、すべての画面が使えます。デモモデル — 重みはランダムで、ランダムな文章を生成します。</translation>
    </message>
    <message>
        <source>Choose a folder…</source>
        <translation>フォルダーを選択…</translation>
    </message>
    <message>
        <source>Choose a file…</source>
        <translation>ファイルを選択…</translation>
    </message>
    <message>
        <source>Use the demo model</source>
        <translation>デモモデルを使う</translation>
    </message>
</context>
<context>
    <name>HardwareSection</name>
    <message>
        <source>Looking at this computer's processors…</source>
        <translation>このコンピューターのプロセッサーを調べています…</translation>
    </message>
    <message>
        <source>The hardware could not be probed: %1</source>
        <translation>ハードウェアを調べられませんでした：%1</translation>
    </message>
    <message>
        <source>CPU</source>
        <translation>CPU</translation>
    </message>
    <message>
        <source>Memory</source>
        <translation>メモリー</translation>
    </message>
    <message>
        <source>GPUs</source>
        <translation>GPU</translation>
    </message>
    <message>
        <source>%1 — %2, %3 memory, %4</source>
        <translation>%1 — %2、メモリー %3、%4</translation>
    </message>
    <message>
        <source>Driver: %1</source>
        <translation>ドライバー：%1</translation>
    </message>
    <message>
        <source>Built in</source>
        <translation>組み込みバックエンド</translation>
    </message>
    <message>
        <source>Backend</source>
        <translation>バックエンド</translation>
    </message>
    <message>
        <source>Automatic lets QwenDesk choose. Choosing a backend forces it, and the model is loaded again.</source>
        <translation>「自動」では QwenDesk が選びます。バックエンドを選ぶとそれを強制し、モデルを読み込み直します。</translation>
    </message>
    <message>
        <source>GPU layers</source>
        <translation>GPU のレイヤー</translation>
    </message>
    <message>
        <source>Automatic</source>
        <translation>自動</translation>
    </message>
    <message numerus="yes">
        <source>of %n layer(s)</source>
        <translation>
            <numerusform>全 %n レイヤー中</numerusform>
        </translation>
    </message>
    <message>
        <source>MoE experts in RAM</source>
        <translation>RAM に置く MoE エキスパート</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>適用</translation>
    </message>
    <message>
        <source>Automatic follows the plan, which splits a model too large for the GPU with the CPU. A number puts that many layers on the GPU and the rest on the CPU; experts kept in RAM run on the CPU. The plan above shows the result, and the model is loaded again.</source>
        <translation>自動では計画に従い、GPU に収まらないモデルは CPU と分割します。数を指定すると、その数のレイヤーを GPU に、残りを CPU に置きます。RAM に置いたエキスパートは CPU で動きます。結果は上の計画に表示され、モデルは読み込み直されます。</translation>
    </message>
    <message>
        <source>A split between the GPU and the CPU needs a GPU backend: choose Automatic, Vulkan or CUDA above.</source>
        <translation>GPU と CPU の分割には GPU バックエンドが必要です。上で「自動」、Vulkan または CUDA を選んでください。</translation>
    </message>
</context>
<context>
    <name>HistoryErrorDialog</name>
    <message>
        <source>The chat history cannot be opened</source>
        <translation>チャット履歴を開けません</translation>
    </message>
    <message>
        <source>Close the other QwenDesk window, then try again.</source>
        <translation>もう一つの QwenDesk ウィンドウを閉じてから、もう一度お試しください。</translation>
    </message>
    <message>
        <source>QwenDesk can keep the old file under a new name and start an empty history. Nothing is deleted.</source>
        <translation>QwenDesk は古いファイルを別名で残し、空の履歴を始められます。何も削除されません。</translation>
    </message>
    <message>
        <source>Try again</source>
        <translation>再試行</translation>
    </message>
    <message>
        <source>Keep the old file and start a new history</source>
        <translation>古いファイルを残して新しい履歴を始める</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>終了</translation>
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
            <numerusform>コンテキストに収めるため、以前のメッセージ %n 件を省きました。</numerusform>
        </translation>
    </message>
    <message>
        <source>Interrupted: QwenDesk closed before this answer finished.</source>
        <translation>中断：この回答が終わる前に QwenDesk が終了しました。</translation>
    </message>
    <message>
        <source>Stopped.</source>
        <translation>停止しました。</translation>
    </message>
    <message>
        <source>Previous version</source>
        <translation>前のバージョン</translation>
    </message>
    <message>
        <source>%1 / %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <source>Next version</source>
        <translation>次のバージョン</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>コピー</translation>
    </message>
    <message>
        <source>Regenerate</source>
        <translation>再生成</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>編集</translation>
    </message>
    <message>
        <source>Fork</source>
        <translation>分岐</translation>
    </message>
    <message>
        <source>Start a new conversation from here</source>
        <translation>ここから新しい会話を始める</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>削除</translation>
    </message>
    <message>
        <source>Delete this message and what follows it</source>
        <translation>このメッセージとそれ以降を削除</translation>
    </message>
    <message>
        <source>%1 tokens/s · context %2 / %3</source>
        <translation>%1 トークン/秒 · コンテキスト %2 / %3</translation>
    </message>
    <message>
        <source>thinking mode</source>
        <translation>思考モード</translation>
    </message>
    <message>
        <source>non-thinking mode</source>
        <translation>非思考モード</translation>
    </message>
    <message>
        <source>Answered by %1</source>
        <translation>%1 が回答</translation>
    </message>
</context>
<context>
    <name>ModelFitList</name>
    <message>
        <source>Checking which models fit this computer…</source>
        <translation>このコンピューターに合うモデルを調べています…</translation>
    </message>
    <message>
        <source>Hide the table</source>
        <translation>表を隠す</translation>
    </message>
    <message>
        <source>Show every model and quantisation</source>
        <translation>すべてのモデルと量子化を表示</translation>
    </message>
    <message>
        <source>Estimated for %1 tokens of context (Settings → Context length). ★ marks the best quantisation of each model.</source>
        <translation>コンテキスト %1 トークンで見積もっています（設定 → コンテキスト長）。★ は各モデルで最適な量子化です。</translation>
    </message>
    <message>
        <source>%1 tokens</source>
        <translation>%1 トークン</translation>
    </message>
    <message>
        <source>CPU</source>
        <translation>CPU</translation>
    </message>
    <message>
        <source>~%1 tok/s</source>
        <translation>約 %1 トークン/秒</translation>
    </message>
</context>
<context>
    <name>ModelPlanView</name>
    <message>
        <source>Why</source>
        <translation>理由</translation>
    </message>
    <message>
        <source>No plan for this model: %1</source>
        <translation>このモデルの計画を立てられません：%1</translation>
    </message>
    <message>
        <source>Planning where this model runs…</source>
        <translation>このモデルをどこで動かすか計画しています…</translation>
    </message>
</context>
<context>
    <name>RemoteEngineDelegate</name>
    <message>
        <source>API key stored</source>
        <translation>API キー保存済み</translation>
    </message>
    <message>
        <source>No API key</source>
        <translation>API キーなし</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>編集…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>削除</translation>
    </message>
    <message>
        <source>Remove this engine and its stored API key</source>
        <translation>このエンジンと保存済みの API キーを削除</translation>
    </message>
</context>
<context>
    <name>RemoteEngineDialog</name>
    <message>
        <source>Edit remote engine</source>
        <translation>リモートエンジンを編集</translation>
    </message>
    <message>
        <source>Add a remote engine</source>
        <translation>リモートエンジンを追加</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名前</translation>
    </message>
    <message>
        <source>GPU cluster</source>
        <translation>GPU クラスター</translation>
    </message>
    <message>
        <source>Base URL</source>
        <translation>ベース URL</translation>
    </message>
    <message>
        <source>API key</source>
        <translation>API キー</translation>
    </message>
    <message>
        <source>Stored — type a new key to replace it</source>
        <translation>保存済み — 置き換えるには新しいキーを入力</translation>
    </message>
    <message>
        <source>None (optional)</source>
        <translation>なし（任意）</translation>
    </message>
    <message>
        <source>Remove the stored key</source>
        <translation>保存済みのキーを削除</translation>
    </message>
    <message>
        <source>Thinking toggle</source>
        <translation>思考の切り替え</translation>
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
        <translation>接続をテスト</translation>
    </message>
    <message>
        <source>Connection failed: %1</source>
        <translation>接続に失敗しました: %1</translation>
    </message>
    <message numerus="yes">
        <source>Connected. %n model(s) available:</source>
        <translation>
            <numerusform>接続しました。利用できるモデル: %n 個</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RemoteEnginesSection</name>
    <message>
        <source>None yet. Add a vLLM, SGLang, llama.cpp, Ollama or QwenDesk server to chat with models too large for this computer.</source>
        <translation>まだありません。vLLM、SGLang、llama.cpp、Ollama、QwenDesk のサーバーを追加すると、このコンピューターには大きすぎるモデルと会話できます。</translation>
    </message>
    <message>
        <source>Add engine…</source>
        <translation>エンジンを追加…</translation>
    </message>
    <message>
        <source>API keys are kept in a file only you can read (secrets.ini), in plain text: no system keychain is available.</source>
        <translation>API キーは自分だけが読めるファイル（secrets.ini）に平文で保存されます。システムのキーチェーンを利用できません。</translation>
    </message>
    <message>
        <source>API keys are kept in the system keychain.</source>
        <translation>API キーはシステムのキーチェーンに保存されます。</translation>
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
        <translation>モデルのフォルダーを選択</translation>
    </message>
    <message>
        <source>Choose a model file</source>
        <translation>モデルのファイルを選択</translation>
    </message>
    <message>
        <source>GGUF models (*.gguf)</source>
        <translation>GGUF モデル (*.gguf)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>すべてのファイル (*)</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>モデル</translation>
    </message>
    <message>
        <source>Demo model — random weights, produces random text</source>
        <translation type="vanished">デモモデル — 重みはランダムで、ランダムな文章を生成します</translation>
    </message>
    <message>
        <source>Folder…</source>
        <translation type="vanished">フォルダー…</translation>
    </message>
    <message>
        <source>File…</source>
        <translation type="vanished">ファイル…</translation>
    </message>
    <message>
        <source>Use the demo model</source>
        <translation type="vanished">デモモデルを使う</translation>
    </message>
    <message>
        <source>Context length</source>
        <translation>コンテキスト長</translation>
    </message>
    <message>
        <source>When the context is full</source>
        <translation>コンテキストがいっぱいのとき</translation>
    </message>
    <message>
        <source>Stop and tell me</source>
        <translation>停止して知らせる</translation>
    </message>
    <message>
        <source>Drop the oldest turns (keep the system prompt)</source>
        <translation>古いやり取りから省く（システムプロンプトは残す）</translation>
    </message>
    <message>
        <source>Truncate the middle (keep the first exchange)</source>
        <translation>中間を省く（最初のやり取りは残す）</translation>
    </message>
    <message>
        <source>Sampling</source>
        <translation>サンプリング</translation>
    </message>
    <message>
        <source>Recommended for the message's mode</source>
        <translation>メッセージのモードに合わせた推奨値</translation>
    </message>
    <message>
        <source>Custom</source>
        <translation>カスタム</translation>
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
        <translation>思考プリセット</translation>
    </message>
    <message>
        <source>Non-thinking preset</source>
        <translation>非思考プリセット</translation>
    </message>
    <message>
        <source>Longest answer (tokens)</source>
        <translation>回答の最大長（トークン）</translation>
    </message>
    <message>
        <source>System prompt</source>
        <translation>システムプロンプト</translation>
    </message>
    <message>
        <source>Optional instructions for every conversation</source>
        <translation>すべての会話に使う任意の指示</translation>
    </message>
    <message>
        <source>Backend</source>
        <translation type="vanished">バックエンド</translation>
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
        <translation>テーマ</translation>
    </message>
    <message>
        <source>Follow the system</source>
        <translation>システムに合わせる</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>ライト</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>ダーク</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>言語</translation>
    </message>
    <message>
        <source>Thinking panel</source>
        <translation>思考パネル</translation>
    </message>
    <message>
        <source>Collapse when the answer starts</source>
        <translation>回答が始まったら折りたたむ</translation>
    </message>
    <message>
        <source>Remote engines</source>
        <translation>リモートエンジン</translation>
    </message>
    <message>
        <source>Qwen3 models</source>
        <translation>Qwen3 モデル</translation>
    </message>
    <message>
        <source>Hardware</source>
        <translation>ハードウェア</translation>
    </message>
</context>
<context>
    <name>Sidebar</name>
    <message>
        <source>New chat</source>
        <translation>新しいチャット</translation>
    </message>
    <message>
        <source>Search all messages</source>
        <translation>すべてのメッセージを検索</translation>
    </message>
    <message>
        <source>No conversations yet</source>
        <translation>まだ会話はありません</translation>
    </message>
    <message>
        <source>No messages match</source>
        <translation>一致するメッセージはありません</translation>
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
            <numerusform>%n 秒間思考しました</numerusform>
        </translation>
    </message>
    <message>
        <source>Hide the thinking</source>
        <translation>思考を隠す</translation>
    </message>
    <message>
        <source>Show the thinking</source>
        <translation>思考を表示</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>コピー</translation>
    </message>
</context>
<context>
    <name>UndoBar</name>
    <message>
        <source>Deleted “%1”</source>
        <translation>「%1」を削除しました</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>元に戻す</translation>
    </message>
</context>
<context>
    <name>qwendesk::app::ChatController</name>
    <message>
        <source>New chat</source>
        <translation>新しいチャット</translation>
    </message>
    <message>
        <source>The history could not be saved: %1</source>
        <translation>履歴を保存できませんでした：%1</translation>
    </message>
    <message numerus="yes">
        <source>%n answer(s) were interrupted when QwenDesk last closed; what had arrived was kept.</source>
        <translation>
            <numerusform>前回 QwenDesk が終了したとき %n 件の回答が中断されました。届いていた内容は残してあります。</numerusform>
        </translation>
    </message>
    <message>
        <source>The damaged history was kept as %1. A new history was started.</source>
        <translation>破損した履歴は %1 として残しました。新しい履歴を開始しました。</translation>
    </message>
    <message>
        <source>The history is not available: %1</source>
        <translation>履歴を利用できません：%1</translation>
    </message>
    <message>
        <source>no model is set and the demo model is missing</source>
        <translation>モデルが設定されておらず、デモモデルも見つかりません</translation>
    </message>
    <message>
        <source>Demo model</source>
        <translation>デモモデル</translation>
    </message>
    <message>
        <source>The model does not fit in memory: %1. Try a smaller or more quantised model.</source>
        <translation>モデルがメモリーに収まりません：%1。より小さいか、より量子化されたモデルをお試しください。</translation>
    </message>
    <message>
        <source>The model could not be loaded: %1</source>
        <translation>モデルを読み込めませんでした：%1</translation>
    </message>
    <message>
        <source>The model is still loading; try again in a moment.</source>
        <translation>モデルはまだ読み込み中です。少し待ってからお試しください。</translation>
    </message>
    <message>
        <source>No model is loaded. Choose one in Settings.</source>
        <translation>モデルが読み込まれていません。設定で選んでください。</translation>
    </message>
    <message>
        <source>The answer stopped because the context is full.</source>
        <translation>コンテキストがいっぱいになったため、回答が止まりました。</translation>
    </message>
    <message>
        <source>This conversation no longer fits in the model's context (%1). Choose in Settings to drop the oldest turns or truncate the middle, raise the context length, or start a new conversation.</source>
        <translation>この会話はモデルのコンテキストに収まらなくなりました（%1）。設定で古いやり取りを省くか中間を省くかを選ぶ、コンテキスト長を増やす、または新しい会話を始めてください。</translation>
    </message>
    <message>
        <source>Out of memory while generating (%1). Try a shorter context length or a smaller model.</source>
        <translation>生成中にメモリーが不足しました（%1）。コンテキスト長を短くするか、より小さいモデルをお試しください。</translation>
    </message>
    <message>
        <source>The answer could not be generated: %1</source>
        <translation>回答を生成できませんでした：%1</translation>
    </message>
    <message>
        <source>%1 (fork)</source>
        <translation>%1（分岐）</translation>
    </message>
    <message>
        <source>The connection was cut mid-answer; what arrived is kept (%1).</source>
        <translation>回答の途中で接続が切れました。届いた内容は残してあります（%1）。</translation>
    </message>
    <message>
        <source>The server refused the API key (%1). Check the key in Settings.</source>
        <translation>サーバーが API キーを拒否しました（%1）。設定でキーを確認してください。</translation>
    </message>
    <message>
        <source>The server is busy (%1). Try again in a moment.</source>
        <translation>サーバーが混み合っています（%1）。少し待ってからお試しください。</translation>
    </message>
    <message>
        <source>The server cannot be reached: %1</source>
        <translation>サーバーに接続できません：%1</translation>
    </message>
    <message>
        <source>The server failed: %1</source>
        <translation>サーバーでエラーが起きました：%1</translation>
    </message>
    <message>
        <source>The GPU stopped responding. Load the model again (on the GPU or the CPU) to go on.</source>
        <translation>GPU が応答しなくなりました。続けるにはモデルを読み込み直してください（GPU または CPU で）。</translation>
    </message>
    <message>
        <source>The GPU stopped responding: %1</source>
        <translation>GPU が応答しなくなりました：%1</translation>
    </message>
    <message>
        <source>QwenDesk could not restart itself. Close it and open it again to use the GPU.</source>
        <translation>QwenDesk を自動で再起動できませんでした。GPU を使うには、いったん閉じてから開き直してください。</translation>
    </message>
    <message>
        <source>The GPU stopped responding; the answer was cut short and what arrived is kept.</source>
        <translation>GPU が応答しなくなったため、回答は途中で止まりました。届いた内容は残してあります。</translation>
    </message>
</context>
<context>
    <name>qwendesk::app::HardwareInfo</name>
    <message>
        <source>dedicated</source>
        <translation>専用</translation>
    </message>
    <message>
        <source>integrated</source>
        <translation>内蔵</translation>
    </message>
    <message>
        <source>virtual</source>
        <translation>仮想</translation>
    </message>
    <message>
        <source>software, runs on the CPU</source>
        <translation>ソフトウェア、CPU で動作</translation>
    </message>
    <message>
        <source>other</source>
        <translation>その他</translation>
    </message>
    <message>
        <source>working</source>
        <translation>動作中</translation>
    </message>
    <message>
        <source>not built into this version</source>
        <translation>このバージョンには組み込まれていません</translation>
    </message>
    <message>
        <source>no driver</source>
        <translation>ドライバーなし</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>失敗</translation>
    </message>
    <message>
        <source>Automatic (the planner's choice)</source>
        <translation>自動（プランナーが選択）</translation>
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
        <translation>%1 コア / %2 スレッド</translation>
    </message>
    <message>
        <source>%1 threads</source>
        <translation>%1 スレッド</translation>
    </message>
    <message>
        <source>%1 (%2), %3, %4 kernels</source>
        <translation>%1（%2）、%3、%4 カーネル</translation>
    </message>
    <message>
        <source>described CPU</source>
        <translation>記述された CPU</translation>
    </message>
    <message>
        <source>%1 cores</source>
        <translation>%1 コア</translation>
    </message>
    <message>
        <source>%1 kernels</source>
        <translation>%1 カーネル</translation>
    </message>
    <message>
        <source>%1 (%2 available now)</source>
        <translation>%1（現在 %2 使用可能）</translation>
    </message>
    <message>
        <source>NVIDIA driver, CUDA %1</source>
        <translation>NVIDIA ドライバー、CUDA %1</translation>
    </message>
    <message>
        <source>%1, Vulkan %2</source>
        <translation>%1、Vulkan %2</translation>
    </message>
    <message>
        <source>described, not probed</source>
        <translation>記述のみ、未検出</translation>
    </message>
    <message>
        <source>no API</source>
        <translation>API なし</translation>
    </message>
    <message>
        <source>No GPU found.</source>
        <translation>GPU が見つかりません。</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message numerus="yes">
        <source>%n device(s)</source>
        <translation>
            <numerusform>%n 台のデバイス</numerusform>
        </translation>
    </message>
    <message>
        <source>Planned on %1 with %2 tokens of context: %3 of %4 usable — %5</source>
        <translation>%1 で実行予定、コンテキスト %2 トークン：使用可能 %4 のうち %3 — %5</translation>
    </message>
    <message>
        <source>%1 of weights (exact, from the file)</source>
        <translation>重み %1（正確、ファイルから）</translation>
    </message>
    <message>
        <source>%1 of weights (estimated)</source>
        <translation>重み %1（推定）</translation>
    </message>
    <message>
        <source>weights %1 + KV cache %2 + working %3 + runtime %4 = %5 of %6 usable (%7, %8 kept free)</source>
        <translation>重み %1 + KV キャッシュ %2 + 作業領域 %3 + ランタイム %4 = %5（使用可能 %6、全体 %7、空けておく量 %8）</translation>
    </message>
    <message>
        <source>roughly %1 tokens/s when generating</source>
        <translation>生成時 約 %1 トークン/秒</translation>
    </message>
    <message>
        <source>Loading %1…</source>
        <translation>%1 を読み込み中…</translation>
    </message>
    <message>
        <source>No model is loaded.</source>
        <translation>モデルが読み込まれていません。</translation>
    </message>
    <message>
        <source>New messages are answered by the remote engine %1.</source>
        <translation>新しいメッセージにはリモートエンジン %1 が答えます。</translation>
    </message>
    <message>
        <source>%1 runs on %2 with %3 tokens of context.</source>
        <translation>%1 は %2 で動作中、コンテキスト %3 トークン。</translation>
    </message>
    <message>
        <source>No Qwen3 model runs comfortably here; models marked tight may still load but leave little room or run slowly.</source>
        <translation>ここで快適に動く Qwen3 モデルはありません。「ぎりぎり」のモデルは読み込めても余裕が少ないか遅くなります。</translation>
    </message>
    <message>
        <source>Best pick for this computer: %1 %2 on %3 with %4 tokens of context.</source>
        <translation>このコンピューターに最適：%1 %2（%3、コンテキスト %4 トークン）。</translation>
    </message>
    <message>
        <source>Split with the CPU: %1 of %2 layers on the GPU</source>
        <translation>CPU と分割：%2 層のうち %1 層を GPU に</translation>
    </message>
    <message>
        <source>experts of layers %1 in RAM</source>
        <translation>層 %1 のエキスパートは RAM に</translation>
    </message>
    <message>
        <source>%1 in RAM</source>
        <translation>RAM に %1</translation>
    </message>
    <message>
        <source>Automatic</source>
        <translation>自動</translation>
    </message>
    <message>
        <source>None (every expert on the GPU)</source>
        <translation>なし（すべてのエキスパートを GPU に）</translation>
    </message>
    <message>
        <source>All (every layer's experts in RAM)</source>
        <translation>すべて（全レイヤーのエキスパートを RAM に）</translation>
    </message>
    <message>
        <source>These layers…</source>
        <translation>指定したレイヤー…</translation>
    </message>
    <message>
        <source>The model's layers are not known yet; wait until its plan is shown.</source>
        <translation>モデルのレイヤーはまだ分かりません。計画が表示されるまでお待ちください。</translation>
    </message>
</context>
<context>
    <name>qwendesk::app::RemoteEngines</name>
    <message>
        <source>The base URL must start with http:// or https://</source>
        <translation>ベース URL は http:// または https:// で始まる必要があります</translation>
    </message>
    <message>
        <source>no such remote engine</source>
        <translation>そのリモートエンジンはありません</translation>
    </message>
</context>
<context>
    <name>qwendesk::ui::RecommendationModel</name>
    <message>
        <source>fits</source>
        <translation>収まる</translation>
    </message>
    <message>
        <source>tight</source>
        <translation>ぎりぎり</translation>
    </message>
    <message>
        <source>too large</source>
        <translation>大きすぎる</translation>
    </message>
</context>
</TS>
