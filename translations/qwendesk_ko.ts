<?xml version='1.0' encoding='utf-8'?>
<!DOCTYPE TS>
<TS version="2.1" language="ko">
<context>
    <name>ChatView</name>
    <message>
        <source>New chat</source>
        <translation>새 채팅</translation>
    </message>
    <message>
        <source>Loading %1…</source>
        <translation>%1 불러오는 중…</translation>
    </message>
    <message>
        <source>Demo model — random weights, produces random text</source>
        <translation>데모 모델 — 무작위 가중치, 무작위 텍스트를 생성합니다</translation>
    </message>
    <message>
        <source>Choose a model…</source>
        <translation>모델 선택…</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>설정</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>닫기</translation>
    </message>
    <message>
        <source>Ask anything. Everything stays on this computer.</source>
        <translation>무엇이든 물어보세요. 모든 내용은 이 컴퓨터에만 남습니다.</translation>
    </message>
    <message>
        <source>This session runs on the CPU because the GPU stopped responding. The backend chosen in Settings is unchanged.</source>
        <translation>GPU가 응답하지 않아 이번 세션은 CPU에서 실행됩니다. 설정에서 고른 백엔드는 바뀌지 않았습니다.</translation>
    </message>
    <message>
        <source>Try the GPU again</source>
        <translation>GPU 다시 시도</translation>
    </message>
</context>
<context>
    <name>CodeBlock</name>
    <message>
        <source>code</source>
        <translation>코드</translation>
    </message>
    <message>
        <source>Copied</source>
        <translation>복사됨</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>복사</translation>
    </message>
</context>
<context>
    <name>Composer</name>
    <message>
        <source>Message QwenDesk… (/think or /no_think switch the mode)</source>
        <translation>QwenDesk에 메시지 보내기… (/think 또는 /no_think로 모드 전환)</translation>
    </message>
    <message>
        <source>Think</source>
        <translation>생각</translation>
    </message>
    <message>
        <source>Thinking mode: the model reasons before it answers</source>
        <translation>생각 모드: 모델이 답하기 전에 추론합니다</translation>
    </message>
    <message>
        <source>Non-thinking mode: the model answers directly</source>
        <translation>비생각 모드: 모델이 바로 답합니다</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>중지</translation>
    </message>
    <message>
        <source>Send</source>
        <translation>보내기</translation>
    </message>
</context>
<context>
    <name>ContextGauge</name>
    <message>
        <source>Context %1 / %2</source>
        <translation>컨텍스트 %1 / %2</translation>
    </message>
    <message>
        <source>Context —</source>
        <translation>컨텍스트 —</translation>
    </message>
</context>
<context>
    <name>ConversationDelegate</name>
    <message>
        <source>Rename</source>
        <translation>이름 바꾸기</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>삭제</translation>
    </message>
</context>
<context>
    <name>DeviceLostBanner</name>
    <message>
        <source>The GPU stopped responding. Your conversation is kept; load the model again to go on.</source>
        <translation>GPU가 응답하지 않습니다. 대화는 보관되었습니다. 계속하려면 모델을 다시 불러오세요.</translation>
    </message>
    <message>
        <source>CUDA cannot use the GPU again until QwenDesk restarts.</source>
        <translation>QwenDesk를 다시 시작할 때까지 CUDA는 GPU를 다시 쓸 수 없습니다.</translation>
    </message>
    <message>
        <source>Restart QwenDesk</source>
        <translation>QwenDesk 다시 시작</translation>
    </message>
    <message>
        <source>Reload on the GPU</source>
        <translation>GPU에서 다시 불러오기</translation>
    </message>
    <message>
        <source>Continue on the CPU</source>
        <translation>CPU에서 계속</translation>
    </message>
    <message>
        <source>For this session only; the backend chosen in Settings stays as it is.</source>
        <translation>이번 세션에만 적용됩니다. 설정에서 고른 백엔드는 그대로입니다.</translation>
    </message>
</context>
<context>
    <name>EditDialog</name>
    <message>
        <source>Edit and resend</source>
        <translation>편집 후 다시 보내기</translation>
    </message>
    <message>
        <source>Edit the answer</source>
        <translation>답변 편집</translation>
    </message>
</context>
<context>
    <name>EngineChooser</name>
    <message>
        <source>New messages are answered by %1.</source>
        <translation>새 메시지에는 %1이(가) 답합니다.</translation>
    </message>
    <message>
        <source>Loading %1…</source>
        <translation>%1 불러오는 중…</translation>
    </message>
    <message>
        <source>This computer</source>
        <translation>이 컴퓨터</translation>
    </message>
    <message>
        <source>Choose a model folder or file, or use the demo model.</source>
        <translation>모델 폴더나 파일을 선택하거나 데모 모델을 사용하세요.</translation>
    </message>
    <message>
        <source>Demo model — random weights, produces random text</source>
        <translation>데모 모델 — 무작위 가중치, 무작위 텍스트를 생성합니다</translation>
    </message>
    <message>
        <source>Folder…</source>
        <translation>폴더…</translation>
    </message>
    <message>
        <source>File…</source>
        <translation>파일…</translation>
    </message>
    <message>
        <source>Use the demo model</source>
        <translation>데모 모델 사용</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>새로 고침</translation>
    </message>
    <message>
        <source>Use</source>
        <translation>사용</translation>
    </message>
    <message>
        <source>Asking the server for its models…</source>
        <translation>서버에 모델 목록을 요청하는 중…</translation>
    </message>
    <message>
        <source>Could not list the models: %1</source>
        <translation>모델 목록을 가져오지 못했습니다: %1</translation>
    </message>
</context>
<context>
    <name>FirstRunDialog</name>
    <message>
        <source>Welcome to QwenDesk</source>
        <translation>QwenDesk에 오신 것을 환영합니다</translation>
    </message>
    <message>
        <source>Choose a model folder</source>
        <translation>모델 폴더 선택</translation>
    </message>
    <message>
        <source>Choose a model file</source>
        <translation>모델 파일 선택</translation>
    </message>
    <message>
        <source>GGUF models (*.gguf)</source>
        <translation>GGUF 모델 (*.gguf)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>모든 파일 (*)</translation>
    </message>
    <message>
        <source>QwenDesk runs Qwen3 models on this computer, offline. Choose a model folder (Hugging Face safetensors) or a GGUF file.</source>
        <translation>QwenDesk는 이 컴퓨터에서 오프라인으로 Qwen3 모델을 실행합니다. 모델 폴더(Hugging Face safetensors)나 GGUF 파일을 선택하세요.</translation>
    </message>
    <message>
        <source>Until then the built-in demo model is loaded so every screen works. Demo model — random weights, produces random text.</source>
        <translation>그때까지는 내장 데모 모델이 로드되어 모든 화면이 작동합니다. 데모 모델 — 무작위 가중치, 무작위 텍스트를 생성합니다.</translation>
    </message>
    <message>
        <source>Choose a folder…</source>
        <translation>폴더 선택…</translation>
    </message>
    <message>
        <source>Choose a file…</source>
        <translation>파일 선택…</translation>
    </message>
    <message>
        <source>Use the demo model</source>
        <translation>데모 모델 사용</translation>
    </message>
</context>
<context>
    <name>HardwareSection</name>
    <message>
        <source>Looking at this computer's processors…</source>
        <translation>이 컴퓨터의 프로세서를 확인하는 중…</translation>
    </message>
    <message>
        <source>The hardware could not be probed: %1</source>
        <translation>하드웨어를 확인할 수 없습니다: %1</translation>
    </message>
    <message>
        <source>CPU</source>
        <translation>CPU</translation>
    </message>
    <message>
        <source>Memory</source>
        <translation>메모리</translation>
    </message>
    <message>
        <source>GPUs</source>
        <translation>GPU</translation>
    </message>
    <message>
        <source>%1 — %2, %3 memory, %4</source>
        <translation>%1 — %2, 메모리 %3, %4</translation>
    </message>
    <message>
        <source>Driver: %1</source>
        <translation>드라이버: %1</translation>
    </message>
    <message>
        <source>Built in</source>
        <translation>내장 백엔드</translation>
    </message>
    <message>
        <source>Backend</source>
        <translation>백엔드</translation>
    </message>
    <message>
        <source>Automatic lets QwenDesk choose. Choosing a backend forces it, and the model is loaded again.</source>
        <translation>자동이면 QwenDesk가 선택합니다. 백엔드를 고르면 그 백엔드를 강제로 쓰고 모델을 다시 불러옵니다.</translation>
    </message>
    <message>
        <source>GPU layers</source>
        <translation>GPU 레이어</translation>
    </message>
    <message>
        <source>Automatic</source>
        <translation>자동</translation>
    </message>
    <message numerus="yes">
        <source>of %n layer(s)</source>
        <translation>
            <numerusform>전체 %n개 레이어 중</numerusform>
        </translation>
    </message>
    <message>
        <source>MoE experts in RAM</source>
        <translation>RAM에 둘 MoE 전문가</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>적용</translation>
    </message>
    <message>
        <source>Automatic follows the plan, which splits a model too large for the GPU with the CPU. A number puts that many layers on the GPU and the rest on the CPU; experts kept in RAM run on the CPU. The plan above shows the result, and the model is loaded again.</source>
        <translation>자동은 계획을 따르며, GPU에 다 들어가지 않는 모델은 CPU와 나눕니다. 숫자를 정하면 그만큼의 레이어를 GPU에, 나머지를 CPU에 둡니다. RAM에 둔 전문가는 CPU에서 실행됩니다. 결과는 위의 계획에 표시되고, 모델을 다시 불러옵니다.</translation>
    </message>
    <message>
        <source>A split between the GPU and the CPU needs a GPU backend: choose Automatic, Vulkan or CUDA above.</source>
        <translation>GPU와 CPU 분할에는 GPU 백엔드가 필요합니다. 위에서 자동, Vulkan 또는 CUDA를 선택하세요.</translation>
    </message>
</context>
<context>
    <name>HistoryErrorDialog</name>
    <message>
        <source>The chat history cannot be opened</source>
        <translation>채팅 기록을 열 수 없습니다</translation>
    </message>
    <message>
        <source>Close the other QwenDesk window, then try again.</source>
        <translation>다른 QwenDesk 창을 닫은 뒤 다시 시도하세요.</translation>
    </message>
    <message>
        <source>QwenDesk can keep the old file under a new name and start an empty history. Nothing is deleted.</source>
        <translation>QwenDesk는 기존 파일을 새 이름으로 보관하고 빈 기록을 시작할 수 있습니다. 아무것도 삭제되지 않습니다.</translation>
    </message>
    <message>
        <source>Try again</source>
        <translation>다시 시도</translation>
    </message>
    <message>
        <source>Keep the old file and start a new history</source>
        <translation>기존 파일을 보관하고 새 기록 시작</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>종료</translation>
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
            <numerusform>컨텍스트에 맞추기 위해 이전 메시지 %n개를 뺐습니다.</numerusform>
        </translation>
    </message>
    <message>
        <source>Interrupted: QwenDesk closed before this answer finished.</source>
        <translation>중단됨: 이 답변이 끝나기 전에 QwenDesk가 닫혔습니다.</translation>
    </message>
    <message>
        <source>Stopped.</source>
        <translation>중지됨.</translation>
    </message>
    <message>
        <source>Previous version</source>
        <translation>이전 버전</translation>
    </message>
    <message>
        <source>%1 / %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <source>Next version</source>
        <translation>다음 버전</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>복사</translation>
    </message>
    <message>
        <source>Regenerate</source>
        <translation>다시 생성</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>편집</translation>
    </message>
    <message>
        <source>Fork</source>
        <translation>분기</translation>
    </message>
    <message>
        <source>Start a new conversation from here</source>
        <translation>여기서 새 대화 시작</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>삭제</translation>
    </message>
    <message>
        <source>Delete this message and what follows it</source>
        <translation>이 메시지와 그 이후를 삭제</translation>
    </message>
    <message>
        <source>%1 tokens/s · context %2 / %3</source>
        <translation>%1 토큰/초 · 컨텍스트 %2 / %3</translation>
    </message>
    <message>
        <source>thinking mode</source>
        <translation>생각 모드</translation>
    </message>
    <message>
        <source>non-thinking mode</source>
        <translation>비생각 모드</translation>
    </message>
    <message>
        <source>Answered by %1</source>
        <translation>%1의 답변</translation>
    </message>
</context>
<context>
    <name>ModelFitList</name>
    <message>
        <source>Checking which models fit this computer…</source>
        <translation>이 컴퓨터에 맞는 모델을 확인하는 중…</translation>
    </message>
    <message>
        <source>Hide the table</source>
        <translation>표 숨기기</translation>
    </message>
    <message>
        <source>Show every model and quantisation</source>
        <translation>모든 모델과 양자화 보기</translation>
    </message>
    <message>
        <source>Estimated for %1 tokens of context (Settings → Context length). ★ marks the best quantisation of each model.</source>
        <translation>컨텍스트 %1토큰 기준 추정치입니다(설정 → 컨텍스트 길이). ★는 모델별 최적 양자화입니다.</translation>
    </message>
    <message>
        <source>%1 tokens</source>
        <translation>%1토큰</translation>
    </message>
    <message>
        <source>CPU</source>
        <translation>CPU</translation>
    </message>
    <message>
        <source>~%1 tok/s</source>
        <translation>약 %1토큰/초</translation>
    </message>
</context>
<context>
    <name>ModelPlanView</name>
    <message>
        <source>Why</source>
        <translation>이유</translation>
    </message>
    <message>
        <source>No plan for this model: %1</source>
        <translation>이 모델의 계획을 세울 수 없습니다: %1</translation>
    </message>
    <message>
        <source>Planning where this model runs…</source>
        <translation>이 모델을 어디서 실행할지 계획하는 중…</translation>
    </message>
</context>
<context>
    <name>RemoteEngineDelegate</name>
    <message>
        <source>API key stored</source>
        <translation>API 키 저장됨</translation>
    </message>
    <message>
        <source>No API key</source>
        <translation>API 키 없음</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>편집…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>제거</translation>
    </message>
    <message>
        <source>Remove this engine and its stored API key</source>
        <translation>이 엔진과 저장된 API 키를 제거</translation>
    </message>
</context>
<context>
    <name>RemoteEngineDialog</name>
    <message>
        <source>Edit remote engine</source>
        <translation>원격 엔진 편집</translation>
    </message>
    <message>
        <source>Add a remote engine</source>
        <translation>원격 엔진 추가</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>이름</translation>
    </message>
    <message>
        <source>GPU cluster</source>
        <translation>GPU 클러스터</translation>
    </message>
    <message>
        <source>Base URL</source>
        <translation>기본 URL</translation>
    </message>
    <message>
        <source>API key</source>
        <translation>API 키</translation>
    </message>
    <message>
        <source>Stored — type a new key to replace it</source>
        <translation>저장됨 — 바꾸려면 새 키를 입력하세요</translation>
    </message>
    <message>
        <source>None (optional)</source>
        <translation>없음 (선택 사항)</translation>
    </message>
    <message>
        <source>Remove the stored key</source>
        <translation>저장된 키 제거</translation>
    </message>
    <message>
        <source>Thinking toggle</source>
        <translation>생각 모드 전환</translation>
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
        <translation>연결 테스트</translation>
    </message>
    <message>
        <source>Connection failed: %1</source>
        <translation>연결 실패: %1</translation>
    </message>
    <message numerus="yes">
        <source>Connected. %n model(s) available:</source>
        <translation>
            <numerusform>연결되었습니다. 사용 가능한 모델 %n개:</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RemoteEnginesSection</name>
    <message>
        <source>None yet. Add a vLLM, SGLang, llama.cpp, Ollama or QwenDesk server to chat with models too large for this computer.</source>
        <translation>아직 없습니다. vLLM, SGLang, llama.cpp, Ollama 또는 QwenDesk 서버를 추가하면 이 컴퓨터에 너무 큰 모델과 대화할 수 있습니다.</translation>
    </message>
    <message>
        <source>Add engine…</source>
        <translation>엔진 추가…</translation>
    </message>
    <message>
        <source>API keys are kept in a file only you can read (secrets.ini), in plain text: no system keychain is available.</source>
        <translation>API 키는 본인만 읽을 수 있는 파일(secrets.ini)에 평문으로 저장됩니다. 사용할 수 있는 시스템 키체인이 없습니다.</translation>
    </message>
    <message>
        <source>API keys are kept in the system keychain.</source>
        <translation>API 키는 시스템 키체인에 저장됩니다.</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>설정</translation>
    </message>
    <message>
        <source>Choose a model folder</source>
        <translation>모델 폴더 선택</translation>
    </message>
    <message>
        <source>Choose a model file</source>
        <translation>모델 파일 선택</translation>
    </message>
    <message>
        <source>GGUF models (*.gguf)</source>
        <translation>GGUF 모델 (*.gguf)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>모든 파일 (*)</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>모델</translation>
    </message>
    <message>
        <source>Demo model — random weights, produces random text</source>
        <translation type="vanished">데모 모델 — 무작위 가중치, 무작위 텍스트를 생성합니다</translation>
    </message>
    <message>
        <source>Folder…</source>
        <translation type="vanished">폴더…</translation>
    </message>
    <message>
        <source>File…</source>
        <translation type="vanished">파일…</translation>
    </message>
    <message>
        <source>Use the demo model</source>
        <translation type="vanished">데모 모델 사용</translation>
    </message>
    <message>
        <source>Context length</source>
        <translation>컨텍스트 길이</translation>
    </message>
    <message>
        <source>When the context is full</source>
        <translation>컨텍스트가 가득 차면</translation>
    </message>
    <message>
        <source>Stop and tell me</source>
        <translation>중지하고 알려 주기</translation>
    </message>
    <message>
        <source>Drop the oldest turns (keep the system prompt)</source>
        <translation>가장 오래된 대화부터 빼기(시스템 프롬프트 유지)</translation>
    </message>
    <message>
        <source>Truncate the middle (keep the first exchange)</source>
        <translation>중간 부분 자르기(첫 대화 유지)</translation>
    </message>
    <message>
        <source>Sampling</source>
        <translation>샘플링</translation>
    </message>
    <message>
        <source>Recommended for the message's mode</source>
        <translation>메시지 모드에 맞춘 권장값</translation>
    </message>
    <message>
        <source>Custom</source>
        <translation>사용자 지정</translation>
    </message>
    <message>
        <source>Temperature</source>
        <translation>온도</translation>
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
        <translation>생각 프리셋</translation>
    </message>
    <message>
        <source>Non-thinking preset</source>
        <translation>비생각 프리셋</translation>
    </message>
    <message>
        <source>Longest answer (tokens)</source>
        <translation>최대 답변 길이(토큰)</translation>
    </message>
    <message>
        <source>System prompt</source>
        <translation>시스템 프롬프트</translation>
    </message>
    <message>
        <source>Optional instructions for every conversation</source>
        <translation>모든 대화에 적용할 선택적 지침</translation>
    </message>
    <message>
        <source>Backend</source>
        <translation type="vanished">백엔드</translation>
    </message>
    <message>
        <source>Automatic</source>
        <translation type="vanished">자동</translation>
    </message>
    <message>
        <source>CPU</source>
        <translation type="vanished">CPU</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>테마</translation>
    </message>
    <message>
        <source>Follow the system</source>
        <translation>시스템 설정 따르기</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>밝게</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>어둡게</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>언어</translation>
    </message>
    <message>
        <source>Thinking panel</source>
        <translation>생각 패널</translation>
    </message>
    <message>
        <source>Collapse when the answer starts</source>
        <translation>답변이 시작되면 접기</translation>
    </message>
    <message>
        <source>Remote engines</source>
        <translation>원격 엔진</translation>
    </message>
    <message>
        <source>Qwen3 models</source>
        <translation>Qwen3 모델</translation>
    </message>
    <message>
        <source>Hardware</source>
        <translation>하드웨어</translation>
    </message>
</context>
<context>
    <name>Sidebar</name>
    <message>
        <source>New chat</source>
        <translation>새 채팅</translation>
    </message>
    <message>
        <source>Search all messages</source>
        <translation>모든 메시지 검색</translation>
    </message>
    <message>
        <source>No conversations yet</source>
        <translation>아직 대화가 없습니다</translation>
    </message>
    <message>
        <source>No messages match</source>
        <translation>일치하는 메시지가 없습니다</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>설정</translation>
    </message>
</context>
<context>
    <name>ThinkingPanel</name>
    <message numerus="yes">
        <source>Thinking… %n s</source>
        <translation>
            <numerusform>생각하는 중… %n초</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Thought for %n s</source>
        <translation>
            <numerusform>%n초 동안 생각함</numerusform>
        </translation>
    </message>
    <message>
        <source>Hide the thinking</source>
        <translation>생각 숨기기</translation>
    </message>
    <message>
        <source>Show the thinking</source>
        <translation>생각 보기</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>복사</translation>
    </message>
</context>
<context>
    <name>UndoBar</name>
    <message>
        <source>Deleted “%1”</source>
        <translation>“%1” 삭제됨</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>실행 취소</translation>
    </message>
</context>
<context>
    <name>qwendesk::app::ChatController</name>
    <message>
        <source>New chat</source>
        <translation>새 채팅</translation>
    </message>
    <message>
        <source>The history could not be saved: %1</source>
        <translation>기록을 저장할 수 없습니다: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n answer(s) were interrupted when QwenDesk last closed; what had arrived was kept.</source>
        <translation>
            <numerusform>QwenDesk가 마지막으로 닫힐 때 답변 %n개가 중단되었습니다. 받은 내용은 보관했습니다.</numerusform>
        </translation>
    </message>
    <message>
        <source>The damaged history was kept as %1. A new history was started.</source>
        <translation>손상된 기록은 %1(으)로 보관했습니다. 새 기록을 시작했습니다.</translation>
    </message>
    <message>
        <source>The history is not available: %1</source>
        <translation>기록을 사용할 수 없습니다: %1</translation>
    </message>
    <message>
        <source>no model is set and the demo model is missing</source>
        <translation>모델이 설정되지 않았고 데모 모델도 없습니다</translation>
    </message>
    <message>
        <source>Demo model</source>
        <translation>데모 모델</translation>
    </message>
    <message>
        <source>The model does not fit in memory: %1. Try a smaller or more quantised model.</source>
        <translation>모델이 메모리에 맞지 않습니다: %1. 더 작거나 더 양자화된 모델을 사용해 보세요.</translation>
    </message>
    <message>
        <source>The model could not be loaded: %1</source>
        <translation>모델을 불러올 수 없습니다: %1</translation>
    </message>
    <message>
        <source>The model is still loading; try again in a moment.</source>
        <translation>모델을 아직 불러오는 중입니다. 잠시 후 다시 시도하세요.</translation>
    </message>
    <message>
        <source>No model is loaded. Choose one in Settings.</source>
        <translation>로드된 모델이 없습니다. 설정에서 선택하세요.</translation>
    </message>
    <message>
        <source>The answer stopped because the context is full.</source>
        <translation>컨텍스트가 가득 차서 답변이 멈췄습니다.</translation>
    </message>
    <message>
        <source>This conversation no longer fits in the model's context (%1). Choose in Settings to drop the oldest turns or truncate the middle, raise the context length, or start a new conversation.</source>
        <translation>이 대화가 모델의 컨텍스트에 더 이상 맞지 않습니다(%1). 설정에서 오래된 대화 빼기나 중간 자르기를 선택하거나, 컨텍스트 길이를 늘리거나, 새 대화를 시작하세요.</translation>
    </message>
    <message>
        <source>Out of memory while generating (%1). Try a shorter context length or a smaller model.</source>
        <translation>생성 중 메모리가 부족합니다(%1). 컨텍스트 길이를 줄이거나 더 작은 모델을 사용해 보세요.</translation>
    </message>
    <message>
        <source>The answer could not be generated: %1</source>
        <translation>답변을 생성할 수 없습니다: %1</translation>
    </message>
    <message>
        <source>%1 (fork)</source>
        <translation>%1 (분기)</translation>
    </message>
    <message>
        <source>The connection was cut mid-answer; what arrived is kept (%1).</source>
        <translation>답변 도중 연결이 끊겼습니다. 받은 내용은 보관했습니다(%1).</translation>
    </message>
    <message>
        <source>The server refused the API key (%1). Check the key in Settings.</source>
        <translation>서버가 API 키를 거부했습니다(%1). 설정에서 키를 확인하세요.</translation>
    </message>
    <message>
        <source>The server is busy (%1). Try again in a moment.</source>
        <translation>서버가 바쁩니다(%1). 잠시 후 다시 시도하세요.</translation>
    </message>
    <message>
        <source>The server cannot be reached: %1</source>
        <translation>서버에 연결할 수 없습니다: %1</translation>
    </message>
    <message>
        <source>The server failed: %1</source>
        <translation>서버 오류: %1</translation>
    </message>
    <message>
        <source>The GPU stopped responding. Load the model again (on the GPU or the CPU) to go on.</source>
        <translation>GPU가 응답하지 않습니다. 계속하려면 모델을 다시 불러오세요(GPU 또는 CPU에서).</translation>
    </message>
    <message>
        <source>The GPU stopped responding: %1</source>
        <translation>GPU가 응답하지 않습니다: %1</translation>
    </message>
    <message>
        <source>QwenDesk could not restart itself. Close it and open it again to use the GPU.</source>
        <translation>QwenDesk가 스스로 다시 시작하지 못했습니다. GPU를 쓰려면 닫았다가 다시 여세요.</translation>
    </message>
    <message>
        <source>The GPU stopped responding; the answer was cut short and what arrived is kept.</source>
        <translation>GPU가 응답하지 않아 답변이 중간에 끊겼습니다. 도착한 내용은 보관되었습니다.</translation>
    </message>
</context>
<context>
    <name>qwendesk::app::HardwareInfo</name>
    <message>
        <source>dedicated</source>
        <translation>전용</translation>
    </message>
    <message>
        <source>integrated</source>
        <translation>내장</translation>
    </message>
    <message>
        <source>virtual</source>
        <translation>가상</translation>
    </message>
    <message>
        <source>software, runs on the CPU</source>
        <translation>소프트웨어, CPU에서 실행</translation>
    </message>
    <message>
        <source>other</source>
        <translation>기타</translation>
    </message>
    <message>
        <source>working</source>
        <translation>작동 중</translation>
    </message>
    <message>
        <source>not built into this version</source>
        <translation>이 버전에 포함되지 않음</translation>
    </message>
    <message>
        <source>no driver</source>
        <translation>드라이버 없음</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>실패</translation>
    </message>
    <message>
        <source>Automatic (the planner's choice)</source>
        <translation>자동(플래너가 선택)</translation>
    </message>
    <message>
        <source>CPU</source>
        <translation>CPU</translation>
    </message>
    <message>
        <source>Vulkan (GPU)</source>
        <translation>Vulkan(GPU)</translation>
    </message>
    <message>
        <source>CUDA (NVIDIA GPU)</source>
        <translation>CUDA(NVIDIA GPU)</translation>
    </message>
    <message>
        <source>the CPU</source>
        <translation>CPU</translation>
    </message>
    <message>
        <source>%1 cores / %2 threads</source>
        <translation>%1코어 / %2스레드</translation>
    </message>
    <message>
        <source>%1 threads</source>
        <translation>%1스레드</translation>
    </message>
    <message>
        <source>%1 (%2), %3, %4 kernels</source>
        <translation>%1 (%2), %3, %4 커널</translation>
    </message>
    <message>
        <source>described CPU</source>
        <translation>설명된 CPU</translation>
    </message>
    <message>
        <source>%1 cores</source>
        <translation>%1코어</translation>
    </message>
    <message>
        <source>%1 kernels</source>
        <translation>%1 커널</translation>
    </message>
    <message>
        <source>%1 (%2 available now)</source>
        <translation>%1 (현재 %2 사용 가능)</translation>
    </message>
    <message>
        <source>NVIDIA driver, CUDA %1</source>
        <translation>NVIDIA 드라이버, CUDA %1</translation>
    </message>
    <message>
        <source>%1, Vulkan %2</source>
        <translation>%1, Vulkan %2</translation>
    </message>
    <message>
        <source>described, not probed</source>
        <translation>설명만, 확인 안 함</translation>
    </message>
    <message>
        <source>no API</source>
        <translation>API 없음</translation>
    </message>
    <message>
        <source>No GPU found.</source>
        <translation>GPU를 찾지 못했습니다.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message numerus="yes">
        <source>%n device(s)</source>
        <translation>
            <numerusform>장치 %n개</numerusform>
        </translation>
    </message>
    <message>
        <source>Planned on %1 with %2 tokens of context: %3 of %4 usable — %5</source>
        <translation>%1에서 실행 예정, 컨텍스트 %2토큰: 사용 가능 %4 중 %3 — %5</translation>
    </message>
    <message>
        <source>%1 of weights (exact, from the file)</source>
        <translation>가중치 %1(정확, 파일 기준)</translation>
    </message>
    <message>
        <source>%1 of weights (estimated)</source>
        <translation>가중치 %1(추정)</translation>
    </message>
    <message>
        <source>weights %1 + KV cache %2 + working %3 + runtime %4 = %5 of %6 usable (%7, %8 kept free)</source>
        <translation>가중치 %1 + KV 캐시 %2 + 작업 %3 + 런타임 %4 = %5 / 사용 가능 %6 (전체 %7, 여유 %8)</translation>
    </message>
    <message>
        <source>roughly %1 tokens/s when generating</source>
        <translation>생성 시 약 %1토큰/초</translation>
    </message>
    <message>
        <source>Loading %1…</source>
        <translation>%1 불러오는 중…</translation>
    </message>
    <message>
        <source>No model is loaded.</source>
        <translation>로드된 모델이 없습니다.</translation>
    </message>
    <message>
        <source>New messages are answered by the remote engine %1.</source>
        <translation>새 메시지는 원격 엔진 %1이(가) 답합니다.</translation>
    </message>
    <message>
        <source>%1 runs on %2 with %3 tokens of context.</source>
        <translation>%1은(는) %2에서 컨텍스트 %3토큰으로 실행됩니다.</translation>
    </message>
    <message>
        <source>No Qwen3 model runs comfortably here; models marked tight may still load but leave little room or run slowly.</source>
        <translation>여기서 원활하게 실행되는 Qwen3 모델은 없습니다. 빠듯함으로 표시된 모델은 불러올 수는 있어도 여유가 적거나 느립니다.</translation>
    </message>
    <message>
        <source>Best pick for this computer: %1 %2 on %3 with %4 tokens of context.</source>
        <translation>이 컴퓨터에 가장 알맞은 선택: %1 %2, %3에서 컨텍스트 %4토큰.</translation>
    </message>
    <message>
        <source>Split with the CPU: %1 of %2 layers on the GPU</source>
        <translation>CPU와 분할: %2개 층 중 %1개 층을 GPU에</translation>
    </message>
    <message>
        <source>experts of layers %1 in RAM</source>
        <translation>%1 층의 전문가는 RAM에</translation>
    </message>
    <message>
        <source>%1 in RAM</source>
        <translation>RAM에 %1</translation>
    </message>
    <message>
        <source>Automatic</source>
        <translation>자동</translation>
    </message>
    <message>
        <source>None (every expert on the GPU)</source>
        <translation>없음(모든 전문가를 GPU에)</translation>
    </message>
    <message>
        <source>All (every layer's experts in RAM)</source>
        <translation>전부(모든 레이어의 전문가를 RAM에)</translation>
    </message>
    <message>
        <source>These layers…</source>
        <translation>지정한 레이어…</translation>
    </message>
    <message>
        <source>The model's layers are not known yet; wait until its plan is shown.</source>
        <translation>아직 모델의 레이어를 알 수 없습니다. 계획이 표시될 때까지 기다리세요.</translation>
    </message>
</context>
<context>
    <name>qwendesk::app::RemoteEngines</name>
    <message>
        <source>The base URL must start with http:// or https://</source>
        <translation>기본 URL은 http:// 또는 https://로 시작해야 합니다</translation>
    </message>
    <message>
        <source>no such remote engine</source>
        <translation>해당 원격 엔진이 없습니다</translation>
    </message>
</context>
<context>
    <name>qwendesk::ui::RecommendationModel</name>
    <message>
        <source>fits</source>
        <translation>맞음</translation>
    </message>
    <message>
        <source>tight</source>
        <translation>빠듯함</translation>
    </message>
    <message>
        <source>too large</source>
        <translation>너무 큼</translation>
    </message>
</context>
</TS>
