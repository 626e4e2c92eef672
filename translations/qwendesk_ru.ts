<?xml version='1.0' encoding='utf-8'?>
<!DOCTYPE TS>
<TS version="2.1" language="ru">
<context>
    <name>ChatView</name>
    <message>
        <source>New chat</source>
        <translation>Новый чат</translation>
    </message>
    <message>
        <source>Loading %1…</source>
        <translation>Загрузка %1…</translation>
    </message>
    <message>
        <source>Demo model — random weights, produces random text</source>
        <translation>Демо-модель — случайные веса, выдаёт случайный текст</translation>
    </message>
    <message>
        <source>Choose a model…</source>
        <translation>Выбрать модель…</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Настройки</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>Скрыть</translation>
    </message>
    <message>
        <source>Ask anything. Everything stays on this computer.</source>
        <translation>Спрашивайте что угодно. Всё остаётся на этом компьютере.</translation>
    </message>
    <message>
        <source>This session runs on the CPU because the GPU stopped responding. The backend chosen in Settings is unchanged.</source>
        <translation>Этот сеанс работает на CPU, потому что GPU перестал отвечать. Бэкенд, выбранный в настройках, не изменился.</translation>
    </message>
    <message>
        <source>Try the GPU again</source>
        <translation>Снова попробовать GPU</translation>
    </message>
</context>
<context>
    <name>CodeBlock</name>
    <message>
        <source>code</source>
        <translation>код</translation>
    </message>
    <message>
        <source>Copied</source>
        <translation>Скопировано</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Копировать</translation>
    </message>
</context>
<context>
    <name>Composer</name>
    <message>
        <source>Message QwenDesk… (/think or /no_think switch the mode)</source>
        <translation>Сообщение для QwenDesk… (/think или /no_think переключают режим)</translation>
    </message>
    <message>
        <source>Think</source>
        <translation>Думать</translation>
    </message>
    <message>
        <source>Thinking mode: the model reasons before it answers</source>
        <translation>Режим размышления: модель рассуждает, прежде чем ответить</translation>
    </message>
    <message>
        <source>Non-thinking mode: the model answers directly</source>
        <translation>Режим без размышления: модель отвечает сразу</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Стоп</translation>
    </message>
    <message>
        <source>Send</source>
        <translation>Отправить</translation>
    </message>
</context>
<context>
    <name>ContextGauge</name>
    <message>
        <source>Context %1 / %2</source>
        <translation>Контекст %1 / %2</translation>
    </message>
    <message>
        <source>Context —</source>
        <translation>Контекст —</translation>
    </message>
</context>
<context>
    <name>ConversationDelegate</name>
    <message>
        <source>Rename</source>
        <translation>Переименовать</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Удалить</translation>
    </message>
</context>
<context>
    <name>DeviceLostBanner</name>
    <message>
        <source>The GPU stopped responding. Your conversation is kept; load the model again to go on.</source>
        <translation>GPU перестал отвечать. Разговор сохранён; загрузите модель заново, чтобы продолжить.</translation>
    </message>
    <message>
        <source>CUDA cannot use the GPU again until QwenDesk restarts.</source>
        <translation>CUDA не сможет снова использовать GPU, пока QwenDesk не будет перезапущен.</translation>
    </message>
    <message>
        <source>Restart QwenDesk</source>
        <translation>Перезапустить QwenDesk</translation>
    </message>
    <message>
        <source>Reload on the GPU</source>
        <translation>Перезагрузить на GPU</translation>
    </message>
    <message>
        <source>Continue on the CPU</source>
        <translation>Продолжить на CPU</translation>
    </message>
    <message>
        <source>For this session only; the backend chosen in Settings stays as it is.</source>
        <translation>Только в этом сеансе; бэкенд, выбранный в настройках, не меняется.</translation>
    </message>
</context>
<context>
    <name>EditDialog</name>
    <message>
        <source>Edit and resend</source>
        <translation>Изменить и отправить снова</translation>
    </message>
    <message>
        <source>Edit the answer</source>
        <translation>Изменить ответ</translation>
    </message>
</context>
<context>
    <name>EngineChooser</name>
    <message>
        <source>New messages are answered by %1.</source>
        <translation>На новые сообщения отвечает %1.</translation>
    </message>
    <message>
        <source>Loading %1…</source>
        <translation>Загрузка %1…</translation>
    </message>
    <message>
        <source>This computer</source>
        <translation>Этот компьютер</translation>
    </message>
    <message>
        <source>Choose a model folder or file, or use the demo model.</source>
        <translation>Выберите папку или файл модели либо используйте демо-модель.</translation>
    </message>
    <message>
        <source>Demo model — random weights, produces random text</source>
        <translation>Демо-модель — случайные веса, выдаёт случайный текст</translation>
    </message>
    <message>
        <source>Folder…</source>
        <translation>Папка…</translation>
    </message>
    <message>
        <source>File…</source>
        <translation>Файл…</translation>
    </message>
    <message>
        <source>Use the demo model</source>
        <translation>Использовать демо-модель</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Обновить</translation>
    </message>
    <message>
        <source>Use</source>
        <translation>Использовать</translation>
    </message>
    <message>
        <source>Asking the server for its models…</source>
        <translation>Запрашиваем у сервера список моделей…</translation>
    </message>
    <message>
        <source>Could not list the models: %1</source>
        <translation>Не удалось получить список моделей: %1</translation>
    </message>
</context>
<context>
    <name>FirstRunDialog</name>
    <message>
        <source>Welcome to QwenDesk</source>
        <translation>Добро пожаловать в QwenDesk</translation>
    </message>
    <message>
        <source>Choose a model folder</source>
        <translation>Выберите папку модели</translation>
    </message>
    <message>
        <source>Choose a model file</source>
        <translation>Выберите файл модели</translation>
    </message>
    <message>
        <source>GGUF models (*.gguf)</source>
        <translation>Модели GGUF (*.gguf)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Все файлы (*)</translation>
    </message>
    <message>
        <source>QwenDesk runs Qwen3 models on this computer, offline. Choose a model folder (Hugging Face safetensors) or a GGUF file.</source>
        <translation>QwenDesk запускает модели Qwen3 на этом компьютере без интернета. Выберите папку модели (safetensors Hugging Face) или файл GGUF.</translation>
    </message>
    <message>
        <source>Until then the built-in demo model is loaded so every screen works. Demo model — random weights, produces random text.</source>
        <translation>А пока загружена встроенная демо-модель, чтобы всё работало. Демо-модель — случайные веса, выдаёт случайный текст.</translation>
    </message>
    <message>
        <source>Choose a folder…</source>
        <translation>Выбрать папку…</translation>
    </message>
    <message>
        <source>Choose a file…</source>
        <translation>Выбрать файл…</translation>
    </message>
    <message>
        <source>Use the demo model</source>
        <translation>Использовать демо-модель</translation>
    </message>
</context>
<context>
    <name>HardwareSection</name>
    <message>
        <source>Looking at this computer's processors…</source>
        <translation>Определяем процессоры этого компьютера…</translation>
    </message>
    <message>
        <source>The hardware could not be probed: %1</source>
        <translation>Не удалось определить оборудование: %1</translation>
    </message>
    <message>
        <source>CPU</source>
        <translation>CPU</translation>
    </message>
    <message>
        <source>Memory</source>
        <translation>Память</translation>
    </message>
    <message>
        <source>GPUs</source>
        <translation>GPU</translation>
    </message>
    <message>
        <source>%1 — %2, %3 memory, %4</source>
        <translation>%1 — %2, память %3, %4</translation>
    </message>
    <message>
        <source>Driver: %1</source>
        <translation>Драйвер: %1</translation>
    </message>
    <message>
        <source>Built in</source>
        <translation>Встроено</translation>
    </message>
    <message>
        <source>Backend</source>
        <translation>Бэкенд</translation>
    </message>
    <message>
        <source>Automatic lets QwenDesk choose. Choosing a backend forces it, and the model is loaded again.</source>
        <translation>«Автоматически» — выбирает QwenDesk. Выбранный бэкенд используется принудительно, модель загружается заново.</translation>
    </message>
    <message>
        <source>GPU layers</source>
        <translation>Слои на GPU</translation>
    </message>
    <message>
        <source>Automatic</source>
        <translation>Автоматически</translation>
    </message>
    <message numerus="yes">
        <source>of %n layer(s)</source>
        <translation>
            <numerusform>из %n слоя</numerusform>
            <numerusform>из %n слоёв</numerusform>
            <numerusform>из %n слоёв</numerusform>
        </translation>
    </message>
    <message>
        <source>MoE experts in RAM</source>
        <translation>Эксперты MoE в ОЗУ</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>Применить</translation>
    </message>
    <message>
        <source>Automatic follows the plan, which splits a model too large for the GPU with the CPU. A number puts that many layers on the GPU and the rest on the CPU; experts kept in RAM run on the CPU. The plan above shows the result, and the model is loaded again.</source>
        <translation>«Автоматически» следует плану, который делит с CPU модель, слишком большую для GPU. Число помещает столько слоёв на GPU, а остальные — на CPU; эксперты, оставленные в ОЗУ, работают на CPU. План выше показывает результат, и модель загружается заново.</translation>
    </message>
    <message>
        <source>A split between the GPU and the CPU needs a GPU backend: choose Automatic, Vulkan or CUDA above.</source>
        <translation>Для разделения между GPU и CPU нужен GPU-бэкенд: выберите выше «Автоматически», Vulkan или CUDA.</translation>
    </message>
</context>
<context>
    <name>HistoryErrorDialog</name>
    <message>
        <source>The chat history cannot be opened</source>
        <translation>Не удаётся открыть историю чатов</translation>
    </message>
    <message>
        <source>Close the other QwenDesk window, then try again.</source>
        <translation>Закройте другое окно QwenDesk и попробуйте снова.</translation>
    </message>
    <message>
        <source>QwenDesk can keep the old file under a new name and start an empty history. Nothing is deleted.</source>
        <translation>QwenDesk может сохранить старый файл под новым именем и начать пустую историю. Ничего не удаляется.</translation>
    </message>
    <message>
        <source>Try again</source>
        <translation>Повторить</translation>
    </message>
    <message>
        <source>Keep the old file and start a new history</source>
        <translation>Сохранить старый файл и начать новую историю</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Выйти</translation>
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
            <numerusform>%n предыдущее сообщение опущено, чтобы уместиться в контекст.</numerusform>
            <numerusform>%n предыдущих сообщения опущены, чтобы уместиться в контекст.</numerusform>
            <numerusform>%n предыдущих сообщений опущено, чтобы уместиться в контекст.</numerusform>
        </translation>
    </message>
    <message>
        <source>Interrupted: QwenDesk closed before this answer finished.</source>
        <translation>Прервано: QwenDesk закрылся, не закончив этот ответ.</translation>
    </message>
    <message>
        <source>Stopped.</source>
        <translation>Остановлено.</translation>
    </message>
    <message>
        <source>Previous version</source>
        <translation>Предыдущая версия</translation>
    </message>
    <message>
        <source>%1 / %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <source>Next version</source>
        <translation>Следующая версия</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Копировать</translation>
    </message>
    <message>
        <source>Regenerate</source>
        <translation>Сгенерировать заново</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>Изменить</translation>
    </message>
    <message>
        <source>Fork</source>
        <translation>Ответвить</translation>
    </message>
    <message>
        <source>Start a new conversation from here</source>
        <translation>Начать новый разговор отсюда</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Удалить</translation>
    </message>
    <message>
        <source>Delete this message and what follows it</source>
        <translation>Удалить это сообщение и всё, что после него</translation>
    </message>
    <message>
        <source>%1 tokens/s · context %2 / %3</source>
        <translation>%1 токенов/с · контекст %2 / %3</translation>
    </message>
    <message>
        <source>thinking mode</source>
        <translation>режим размышления</translation>
    </message>
    <message>
        <source>non-thinking mode</source>
        <translation>режим без размышления</translation>
    </message>
    <message>
        <source>Answered by %1</source>
        <translation>Ответ: %1</translation>
    </message>
</context>
<context>
    <name>ModelFitList</name>
    <message>
        <source>Checking which models fit this computer…</source>
        <translation>Проверяем, какие модели подходят этому компьютеру…</translation>
    </message>
    <message>
        <source>Hide the table</source>
        <translation>Скрыть таблицу</translation>
    </message>
    <message>
        <source>Show every model and quantisation</source>
        <translation>Показать все модели и квантования</translation>
    </message>
    <message>
        <source>Estimated for %1 tokens of context (Settings → Context length). ★ marks the best quantisation of each model.</source>
        <translation>Оценка для контекста в %1 токенов (Настройки → Длина контекста). ★ — лучшее квантование каждой модели.</translation>
    </message>
    <message>
        <source>%1 tokens</source>
        <translation>%1 токенов</translation>
    </message>
    <message>
        <source>CPU</source>
        <translation>CPU</translation>
    </message>
    <message>
        <source>~%1 tok/s</source>
        <translation>~%1 ток/с</translation>
    </message>
</context>
<context>
    <name>ModelPlanView</name>
    <message>
        <source>Why</source>
        <translation>Почему</translation>
    </message>
    <message>
        <source>No plan for this model: %1</source>
        <translation>Нет плана для этой модели: %1</translation>
    </message>
    <message>
        <source>Planning where this model runs…</source>
        <translation>Планируем, где запустить эту модель…</translation>
    </message>
</context>
<context>
    <name>RemoteEngineDelegate</name>
    <message>
        <source>API key stored</source>
        <translation>API-ключ сохранён</translation>
    </message>
    <message>
        <source>No API key</source>
        <translation>Нет API-ключа</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Изменить…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Удалить</translation>
    </message>
    <message>
        <source>Remove this engine and its stored API key</source>
        <translation>Удалить этот движок и его сохранённый API-ключ</translation>
    </message>
</context>
<context>
    <name>RemoteEngineDialog</name>
    <message>
        <source>Edit remote engine</source>
        <translation>Изменить удалённый движок</translation>
    </message>
    <message>
        <source>Add a remote engine</source>
        <translation>Добавить удалённый движок</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Название</translation>
    </message>
    <message>
        <source>GPU cluster</source>
        <translation>GPU-кластер</translation>
    </message>
    <message>
        <source>Base URL</source>
        <translation>Базовый URL</translation>
    </message>
    <message>
        <source>API key</source>
        <translation>API-ключ</translation>
    </message>
    <message>
        <source>Stored — type a new key to replace it</source>
        <translation>Сохранён — введите новый ключ, чтобы заменить его</translation>
    </message>
    <message>
        <source>None (optional)</source>
        <translation>Нет (необязательно)</translation>
    </message>
    <message>
        <source>Remove the stored key</source>
        <translation>Удалить сохранённый ключ</translation>
    </message>
    <message>
        <source>Thinking toggle</source>
        <translation>Переключатель размышлений</translation>
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
        <translation>Проверить соединение</translation>
    </message>
    <message>
        <source>Connection failed: %1</source>
        <translation>Не удалось подключиться: %1</translation>
    </message>
    <message numerus="yes">
        <source>Connected. %n model(s) available:</source>
        <translation>
            <numerusform>Подключено. Доступна %n модель:</numerusform>
            <numerusform>Подключено. Доступны %n модели:</numerusform>
            <numerusform>Подключено. Доступно %n моделей:</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RemoteEnginesSection</name>
    <message>
        <source>None yet. Add a vLLM, SGLang, llama.cpp, Ollama or QwenDesk server to chat with models too large for this computer.</source>
        <translation>Пока нет. Добавьте сервер vLLM, SGLang, llama.cpp, Ollama или QwenDesk, чтобы общаться с моделями, слишком большими для этого компьютера.</translation>
    </message>
    <message>
        <source>Add engine…</source>
        <translation>Добавить движок…</translation>
    </message>
    <message>
        <source>API keys are kept in a file only you can read (secrets.ini), in plain text: no system keychain is available.</source>
        <translation>API-ключи хранятся открытым текстом в файле, доступном для чтения только вам (secrets.ini): системная связка ключей недоступна.</translation>
    </message>
    <message>
        <source>API keys are kept in the system keychain.</source>
        <translation>API-ключи хранятся в системной связке ключей.</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Настройки</translation>
    </message>
    <message>
        <source>Choose a model folder</source>
        <translation>Выберите папку модели</translation>
    </message>
    <message>
        <source>Choose a model file</source>
        <translation>Выберите файл модели</translation>
    </message>
    <message>
        <source>GGUF models (*.gguf)</source>
        <translation>Модели GGUF (*.gguf)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Все файлы (*)</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Модель</translation>
    </message>
    <message>
        <source>Demo model — random weights, produces random text</source>
        <translation type="vanished">Демо-модель — случайные веса, выдаёт случайный текст</translation>
    </message>
    <message>
        <source>Folder…</source>
        <translation type="vanished">Папка…</translation>
    </message>
    <message>
        <source>File…</source>
        <translation type="vanished">Файл…</translation>
    </message>
    <message>
        <source>Use the demo model</source>
        <translation type="vanished">Использовать демо-модель</translation>
    </message>
    <message>
        <source>Context length</source>
        <translation>Длина контекста</translation>
    </message>
    <message>
        <source>When the context is full</source>
        <translation>Когда контекст заполнен</translation>
    </message>
    <message>
        <source>Stop and tell me</source>
        <translation>Остановиться и сообщить</translation>
    </message>
    <message>
        <source>Drop the oldest turns (keep the system prompt)</source>
        <translation>Отбрасывать самые старые реплики (системный промпт остаётся)</translation>
    </message>
    <message>
        <source>Truncate the middle (keep the first exchange)</source>
        <translation>Вырезать середину (первый обмен остаётся)</translation>
    </message>
    <message>
        <source>Sampling</source>
        <translation>Сэмплирование</translation>
    </message>
    <message>
        <source>Recommended for the message's mode</source>
        <translation>Рекомендуемые для режима сообщения</translation>
    </message>
    <message>
        <source>Custom</source>
        <translation>Свои значения</translation>
    </message>
    <message>
        <source>Temperature</source>
        <translation>Температура</translation>
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
        <translation>Пресет размышления</translation>
    </message>
    <message>
        <source>Non-thinking preset</source>
        <translation>Пресет без размышления</translation>
    </message>
    <message>
        <source>Longest answer (tokens)</source>
        <translation>Самый длинный ответ (токены)</translation>
    </message>
    <message>
        <source>System prompt</source>
        <translation>Системный промпт</translation>
    </message>
    <message>
        <source>Optional instructions for every conversation</source>
        <translation>Необязательные инструкции для каждого разговора</translation>
    </message>
    <message>
        <source>Backend</source>
        <translation type="vanished">Бэкенд</translation>
    </message>
    <message>
        <source>Automatic</source>
        <translation type="vanished">Автоматически</translation>
    </message>
    <message>
        <source>CPU</source>
        <translation type="vanished">CPU</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>Тема</translation>
    </message>
    <message>
        <source>Follow the system</source>
        <translation>Как в системе</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Светлая</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Тёмная</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Язык</translation>
    </message>
    <message>
        <source>Thinking panel</source>
        <translation>Панель размышлений</translation>
    </message>
    <message>
        <source>Collapse when the answer starts</source>
        <translation>Сворачивать, когда начинается ответ</translation>
    </message>
    <message>
        <source>Remote engines</source>
        <translation>Удалённые движки</translation>
    </message>
    <message>
        <source>Qwen3 models</source>
        <translation>Модели Qwen3</translation>
    </message>
    <message>
        <source>Hardware</source>
        <translation>Оборудование</translation>
    </message>
</context>
<context>
    <name>Sidebar</name>
    <message>
        <source>New chat</source>
        <translation>Новый чат</translation>
    </message>
    <message>
        <source>Search all messages</source>
        <translation>Поиск по всем сообщениям</translation>
    </message>
    <message>
        <source>No conversations yet</source>
        <translation>Разговоров пока нет</translation>
    </message>
    <message>
        <source>No messages match</source>
        <translation>Совпадений нет</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Настройки</translation>
    </message>
</context>
<context>
    <name>ThinkingPanel</name>
    <message numerus="yes">
        <source>Thinking… %n s</source>
        <translation>
            <numerusform>Думает… %n секунду</numerusform>
            <numerusform>Думает… %n секунды</numerusform>
            <numerusform>Думает… %n секунд</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Thought for %n s</source>
        <translation>
            <numerusform>Думал %n секунду</numerusform>
            <numerusform>Думал %n секунды</numerusform>
            <numerusform>Думал %n секунд</numerusform>
        </translation>
    </message>
    <message>
        <source>Hide the thinking</source>
        <translation>Скрыть размышления</translation>
    </message>
    <message>
        <source>Show the thinking</source>
        <translation>Показать размышления</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Копировать</translation>
    </message>
</context>
<context>
    <name>UndoBar</name>
    <message>
        <source>Deleted “%1”</source>
        <translation>«%1» удалён</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Отменить</translation>
    </message>
</context>
<context>
    <name>qwendesk::app::ChatController</name>
    <message>
        <source>New chat</source>
        <translation>Новый чат</translation>
    </message>
    <message>
        <source>The history could not be saved: %1</source>
        <translation>Не удалось сохранить историю: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n answer(s) were interrupted when QwenDesk last closed; what had arrived was kept.</source>
        <translation>
            <numerusform>%n ответ был прерван при последнем закрытии QwenDesk; полученное сохранено.</numerusform>
            <numerusform>%n ответа были прерваны при последнем закрытии QwenDesk; полученное сохранено.</numerusform>
            <numerusform>%n ответов были прерваны при последнем закрытии QwenDesk; полученное сохранено.</numerusform>
        </translation>
    </message>
    <message>
        <source>The damaged history was kept as %1. A new history was started.</source>
        <translation>Повреждённая история сохранена как %1. Начата новая история.</translation>
    </message>
    <message>
        <source>The history is not available: %1</source>
        <translation>История недоступна: %1</translation>
    </message>
    <message>
        <source>no model is set and the demo model is missing</source>
        <translation>модель не выбрана, а демо-модель отсутствует</translation>
    </message>
    <message>
        <source>Demo model</source>
        <translation>Демо-модель</translation>
    </message>
    <message>
        <source>The model does not fit in memory: %1. Try a smaller or more quantised model.</source>
        <translation>Модель не помещается в память: %1. Попробуйте модель поменьше или сильнее квантованную.</translation>
    </message>
    <message>
        <source>The model could not be loaded: %1</source>
        <translation>Не удалось загрузить модель: %1</translation>
    </message>
    <message>
        <source>The model is still loading; try again in a moment.</source>
        <translation>Модель ещё загружается; попробуйте чуть позже.</translation>
    </message>
    <message>
        <source>No model is loaded. Choose one in Settings.</source>
        <translation>Модель не загружена. Выберите её в настройках.</translation>
    </message>
    <message>
        <source>The answer stopped because the context is full.</source>
        <translation>Ответ остановлен: контекст заполнен.</translation>
    </message>
    <message>
        <source>This conversation no longer fits in the model's context (%1). Choose in Settings to drop the oldest turns or truncate the middle, raise the context length, or start a new conversation.</source>
        <translation>Этот разговор больше не помещается в контекст модели (%1). Выберите в настройках отбрасывание старых реплик или вырезание середины, увеличьте длину контекста или начните новый разговор.</translation>
    </message>
    <message>
        <source>Out of memory while generating (%1). Try a shorter context length or a smaller model.</source>
        <translation>Недостаточно памяти при генерации (%1). Попробуйте более короткий контекст или модель поменьше.</translation>
    </message>
    <message>
        <source>The answer could not be generated: %1</source>
        <translation>Не удалось сгенерировать ответ: %1</translation>
    </message>
    <message>
        <source>%1 (fork)</source>
        <translation>%1 (ответвление)</translation>
    </message>
    <message>
        <source>The connection was cut mid-answer; what arrived is kept (%1).</source>
        <translation>Соединение оборвалось посреди ответа; полученное сохранено (%1).</translation>
    </message>
    <message>
        <source>The server refused the API key (%1). Check the key in Settings.</source>
        <translation>Сервер отклонил ключ API (%1). Проверьте ключ в настройках.</translation>
    </message>
    <message>
        <source>The server is busy (%1). Try again in a moment.</source>
        <translation>Сервер занят (%1). Попробуйте чуть позже.</translation>
    </message>
    <message>
        <source>The server cannot be reached: %1</source>
        <translation>Сервер недоступен: %1</translation>
    </message>
    <message>
        <source>The server failed: %1</source>
        <translation>Ошибка сервера: %1</translation>
    </message>
    <message>
        <source>The GPU stopped responding. Load the model again (on the GPU or the CPU) to go on.</source>
        <translation>GPU перестал отвечать. Загрузите модель заново (на GPU или CPU), чтобы продолжить.</translation>
    </message>
    <message>
        <source>The GPU stopped responding: %1</source>
        <translation>GPU перестал отвечать: %1</translation>
    </message>
    <message>
        <source>QwenDesk could not restart itself. Close it and open it again to use the GPU.</source>
        <translation>QwenDesk не удалось перезапуститься. Закройте его и откройте снова, чтобы использовать GPU.</translation>
    </message>
    <message>
        <source>The GPU stopped responding; the answer was cut short and what arrived is kept.</source>
        <translation>GPU перестал отвечать; ответ оборвался, полученная часть сохранена.</translation>
    </message>
</context>
<context>
    <name>qwendesk::app::HardwareInfo</name>
    <message>
        <source>dedicated</source>
        <translation>дискретная</translation>
    </message>
    <message>
        <source>integrated</source>
        <translation>встроенная</translation>
    </message>
    <message>
        <source>virtual</source>
        <translation>виртуальная</translation>
    </message>
    <message>
        <source>software, runs on the CPU</source>
        <translation>программная, работает на CPU</translation>
    </message>
    <message>
        <source>other</source>
        <translation>другая</translation>
    </message>
    <message>
        <source>working</source>
        <translation>работает</translation>
    </message>
    <message>
        <source>not built into this version</source>
        <translation>не входит в эту версию</translation>
    </message>
    <message>
        <source>no driver</source>
        <translation>нет драйвера</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>сбой</translation>
    </message>
    <message>
        <source>Automatic (the planner's choice)</source>
        <translation>Автоматически (выбор планировщика)</translation>
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
        <translation>CPU</translation>
    </message>
    <message>
        <source>%1 cores / %2 threads</source>
        <translation>ядер: %1 / потоков: %2</translation>
    </message>
    <message>
        <source>%1 threads</source>
        <translation>потоков: %1</translation>
    </message>
    <message>
        <source>%1 (%2), %3, %4 kernels</source>
        <translation>%1 (%2), %3, ядра вычислений %4</translation>
    </message>
    <message>
        <source>described CPU</source>
        <translation>описанный CPU</translation>
    </message>
    <message>
        <source>%1 cores</source>
        <translation>ядер: %1</translation>
    </message>
    <message>
        <source>%1 kernels</source>
        <translation>ядра вычислений %1</translation>
    </message>
    <message>
        <source>%1 (%2 available now)</source>
        <translation>%1 (сейчас доступно %2)</translation>
    </message>
    <message>
        <source>NVIDIA driver, CUDA %1</source>
        <translation>драйвер NVIDIA, CUDA %1</translation>
    </message>
    <message>
        <source>%1, Vulkan %2</source>
        <translation>%1, Vulkan %2</translation>
    </message>
    <message>
        <source>described, not probed</source>
        <translation>описано, не проверено</translation>
    </message>
    <message>
        <source>no API</source>
        <translation>нет API</translation>
    </message>
    <message>
        <source>No GPU found.</source>
        <translation>GPU не найден.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message numerus="yes">
        <source>%n device(s)</source>
        <translation>
            <numerusform>%n устройство</numerusform>
            <numerusform>%n устройства</numerusform>
            <numerusform>%n устройств</numerusform>
        </translation>
    </message>
    <message>
        <source>Planned on %1 with %2 tokens of context: %3 of %4 usable — %5</source>
        <translation>План: %1, контекст %2 токенов: %3 из %4 доступных — %5</translation>
    </message>
    <message>
        <source>%1 of weights (exact, from the file)</source>
        <translation>веса: %1 (точно, из файла)</translation>
    </message>
    <message>
        <source>%1 of weights (estimated)</source>
        <translation>веса: %1 (оценка)</translation>
    </message>
    <message>
        <source>weights %1 + KV cache %2 + working %3 + runtime %4 = %5 of %6 usable (%7, %8 kept free)</source>
        <translation>веса %1 + KV-кэш %2 + рабочие буферы %3 + среда %4 = %5 из %6 доступных (%7, %8 оставлено свободным)</translation>
    </message>
    <message>
        <source>roughly %1 tokens/s when generating</source>
        <translation>около %1 токенов/с при генерации</translation>
    </message>
    <message>
        <source>Loading %1…</source>
        <translation>Загрузка %1…</translation>
    </message>
    <message>
        <source>No model is loaded.</source>
        <translation>Модель не загружена.</translation>
    </message>
    <message>
        <source>New messages are answered by the remote engine %1.</source>
        <translation>На новые сообщения отвечает удалённый движок %1.</translation>
    </message>
    <message>
        <source>%1 runs on %2 with %3 tokens of context.</source>
        <translation>%1 работает на %2, контекст %3 токенов.</translation>
    </message>
    <message>
        <source>No Qwen3 model runs comfortably here; models marked tight may still load but leave little room or run slowly.</source>
        <translation>Ни одна модель Qwen3 не работает здесь с запасом; модели с пометкой «впритык» могут загрузиться, но оставят мало места или будут медленными.</translation>
    </message>
    <message>
        <source>Best pick for this computer: %1 %2 on %3 with %4 tokens of context.</source>
        <translation>Лучший выбор для этого компьютера: %1 %2 на %3, контекст %4 токенов.</translation>
    </message>
    <message>
        <source>Split with the CPU: %1 of %2 layers on the GPU</source>
        <translation>Разделено с CPU: %1 из %2 слоёв на GPU</translation>
    </message>
    <message>
        <source>experts of layers %1 in RAM</source>
        <translation>эксперты слоёв %1 в ОЗУ</translation>
    </message>
    <message>
        <source>%1 in RAM</source>
        <translation>%1 в ОЗУ</translation>
    </message>
    <message>
        <source>Automatic</source>
        <translation>Автоматически</translation>
    </message>
    <message>
        <source>None (every expert on the GPU)</source>
        <translation>Нет (все эксперты на GPU)</translation>
    </message>
    <message>
        <source>All (every layer's experts in RAM)</source>
        <translation>Все (эксперты всех слоёв в ОЗУ)</translation>
    </message>
    <message>
        <source>These layers…</source>
        <translation>Эти слои…</translation>
    </message>
    <message>
        <source>The model's layers are not known yet; wait until its plan is shown.</source>
        <translation>Слои модели ещё неизвестны; дождитесь, пока появится её план.</translation>
    </message>
</context>
<context>
    <name>qwendesk::app::RemoteEngines</name>
    <message>
        <source>The base URL must start with http:// or https://</source>
        <translation>Базовый URL должен начинаться с http:// или https://</translation>
    </message>
    <message>
        <source>no such remote engine</source>
        <translation>такого удалённого движка нет</translation>
    </message>
</context>
<context>
    <name>qwendesk::ui::RecommendationModel</name>
    <message>
        <source>fits</source>
        <translation>помещается</translation>
    </message>
    <message>
        <source>tight</source>
        <translation>впритык</translation>
    </message>
    <message>
        <source>too large</source>
        <translation>слишком большая</translation>
    </message>
</context>
</TS>
