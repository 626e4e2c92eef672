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
        <translation>백엔드</translation>
    </message>
    <message>
        <source>Automatic</source>
        <translation>자동</translation>
    </message>
    <message>
        <source>CPU</source>
        <translation>CPU</translation>
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
</TS>
