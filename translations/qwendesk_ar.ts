<?xml version='1.0' encoding='utf-8'?>
<!DOCTYPE TS>
<TS version="2.1" language="ar">
<context>
    <name>ChatView</name>
    <message>
        <source>New chat</source>
        <translation>محادثة جديدة</translation>
    </message>
    <message>
        <source>Loading %1…</source>
        <translation>جارٍ تحميل %1…</translation>
    </message>
    <message>
        <source>Demo model — random weights, produces random text</source>
        <translation>نموذج تجريبي — أوزان عشوائية، ينتج نصًا عشوائيًا</translation>
    </message>
    <message>
        <source>Choose a model…</source>
        <translation>اختر نموذجًا…</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>الإعدادات</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>إغلاق</translation>
    </message>
    <message>
        <source>Ask anything. Everything stays on this computer.</source>
        <translation>اسأل عن أي شيء. كل شيء يبقى على هذا الحاسوب.</translation>
    </message>
    <message>
        <source>This session runs on the CPU because the GPU stopped responding. The backend chosen in Settings is unchanged.</source>
        <translation>تعمل هذه الجلسة على المعالج لأن وحدة GPU توقفت عن الاستجابة. لم تتغير الواجهة الخلفية المختارة في الإعدادات.</translation>
    </message>
    <message>
        <source>Try the GPU again</source>
        <translation>تجربة GPU مجددًا</translation>
    </message>
</context>
<context>
    <name>CodeBlock</name>
    <message>
        <source>code</source>
        <translation>شيفرة</translation>
    </message>
    <message>
        <source>Copied</source>
        <translation>تم النسخ</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>نسخ</translation>
    </message>
</context>
<context>
    <name>Composer</name>
    <message>
        <source>Message QwenDesk… (/think or /no_think switch the mode)</source>
        <translation>راسل QwenDesk… (‏/think أو ‎/no_think لتبديل الوضع)</translation>
    </message>
    <message>
        <source>Think</source>
        <translation>تفكير</translation>
    </message>
    <message>
        <source>Thinking mode: the model reasons before it answers</source>
        <translation>وضع التفكير: يستدل النموذج قبل أن يجيب</translation>
    </message>
    <message>
        <source>Non-thinking mode: the model answers directly</source>
        <translation>وضع بلا تفكير: يجيب النموذج مباشرة</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>إيقاف</translation>
    </message>
    <message>
        <source>Send</source>
        <translation>إرسال</translation>
    </message>
</context>
<context>
    <name>ContextGauge</name>
    <message>
        <source>Context %1 / %2</source>
        <translation>السياق %1 / %2</translation>
    </message>
    <message>
        <source>Context —</source>
        <translation>السياق —</translation>
    </message>
</context>
<context>
    <name>ConversationDelegate</name>
    <message>
        <source>Rename</source>
        <translation>إعادة التسمية</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>حذف</translation>
    </message>
</context>
<context>
    <name>DeviceLostBanner</name>
    <message>
        <source>The GPU stopped responding. Your conversation is kept; load the model again to go on.</source>
        <translation>توقفت وحدة GPU عن الاستجابة. محادثتك محفوظة؛ أعد تحميل النموذج للمتابعة.</translation>
    </message>
    <message>
        <source>CUDA cannot use the GPU again until QwenDesk restarts.</source>
        <translation>لا يستطيع CUDA استخدام GPU مجددًا حتى يُعاد تشغيل QwenDesk.</translation>
    </message>
    <message>
        <source>Restart QwenDesk</source>
        <translation>إعادة تشغيل QwenDesk</translation>
    </message>
    <message>
        <source>Reload on the GPU</source>
        <translation>إعادة التحميل على GPU</translation>
    </message>
    <message>
        <source>Continue on the CPU</source>
        <translation>المتابعة على المعالج</translation>
    </message>
    <message>
        <source>For this session only; the backend chosen in Settings stays as it is.</source>
        <translation>لهذه الجلسة فقط؛ تبقى الواجهة الخلفية المختارة في الإعدادات كما هي.</translation>
    </message>
</context>
<context>
    <name>EditDialog</name>
    <message>
        <source>Edit and resend</source>
        <translation>تعديل وإعادة الإرسال</translation>
    </message>
    <message>
        <source>Edit the answer</source>
        <translation>تعديل الإجابة</translation>
    </message>
</context>
<context>
    <name>EngineChooser</name>
    <message>
        <source>New messages are answered by %1.</source>
        <translation>يجيب %1 عن الرسائل الجديدة.</translation>
    </message>
    <message>
        <source>Loading %1…</source>
        <translation>جارٍ تحميل %1…</translation>
    </message>
    <message>
        <source>This computer</source>
        <translation>هذا الحاسوب</translation>
    </message>
    <message>
        <source>Choose a model folder or file, or use the demo model.</source>
        <translation>اختر مجلد نموذج أو ملفه، أو استخدم النموذج التجريبي.</translation>
    </message>
    <message>
        <source>Demo model — random weights, produces random text</source>
        <translation>نموذج تجريبي — أوزان عشوائية، ينتج نصًا عشوائيًا</translation>
    </message>
    <message>
        <source>Folder…</source>
        <translation>مجلد…</translation>
    </message>
    <message>
        <source>File…</source>
        <translation>ملف…</translation>
    </message>
    <message>
        <source>Use the demo model</source>
        <translation>استخدم النموذج التجريبي</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>تحديث</translation>
    </message>
    <message>
        <source>Use</source>
        <translation>استخدام</translation>
    </message>
    <message>
        <source>Asking the server for its models…</source>
        <translation>جارٍ سؤال الخادم عن نماذجه…</translation>
    </message>
    <message>
        <source>Could not list the models: %1</source>
        <translation>تعذّر سرد النماذج: %1</translation>
    </message>
</context>
<context>
    <name>FirstRunDialog</name>
    <message>
        <source>Welcome to QwenDesk</source>
        <translation>مرحبًا بك في QwenDesk</translation>
    </message>
    <message>
        <source>Choose a model folder</source>
        <translation>اختر مجلد النموذج</translation>
    </message>
    <message>
        <source>Choose a model file</source>
        <translation>اختر ملف النموذج</translation>
    </message>
    <message>
        <source>GGUF models (*.gguf)</source>
        <translation>نماذج GGUF ‏(*.gguf)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>كل الملفات (*)</translation>
    </message>
    <message>
        <source>QwenDesk runs Qwen3 models on this computer, offline. Choose a model folder (Hugging Face safetensors) or a GGUF file.</source>
        <translation>يشغّل QwenDesk نماذج Qwen3 على هذا الحاسوب دون اتصال. اختر مجلد نموذج (Hugging Face safetensors) أو ملف GGUF.</translation>
    </message>
    <message>
        <source>Until then the built-in demo model is loaded so every screen works. Demo model — random weights, produces random text.</source>
        <translation>إلى ذلك الحين يُحمَّل النموذج التجريبي المدمج لتعمل كل الشاشات. نموذج تجريبي — أوزان عشوائية، ينتج نصًا عشوائيًا.</translation>
    </message>
    <message>
        <source>Choose a folder…</source>
        <translation>اختر مجلدًا…</translation>
    </message>
    <message>
        <source>Choose a file…</source>
        <translation>اختر ملفًا…</translation>
    </message>
    <message>
        <source>Use the demo model</source>
        <translation>استخدم النموذج التجريبي</translation>
    </message>
</context>
<context>
    <name>HardwareSection</name>
    <message>
        <source>Looking at this computer's processors…</source>
        <translation>جارٍ فحص معالجات هذا الحاسوب…</translation>
    </message>
    <message>
        <source>The hardware could not be probed: %1</source>
        <translation>تعذّر فحص العتاد: %1</translation>
    </message>
    <message>
        <source>CPU</source>
        <translation>CPU</translation>
    </message>
    <message>
        <source>Memory</source>
        <translation>الذاكرة</translation>
    </message>
    <message>
        <source>GPUs</source>
        <translation>وحدات GPU</translation>
    </message>
    <message>
        <source>%1 — %2, %3 memory, %4</source>
        <translation>%1 — %2، ذاكرة %3، %4</translation>
    </message>
    <message>
        <source>Driver: %1</source>
        <translation>برنامج التشغيل: %1</translation>
    </message>
    <message>
        <source>Built in</source>
        <translation>المدمج</translation>
    </message>
    <message>
        <source>Backend</source>
        <translation>الواجهة الخلفية</translation>
    </message>
    <message>
        <source>Automatic lets QwenDesk choose. Choosing a backend forces it, and the model is loaded again.</source>
        <translation>«تلقائي» يترك الاختيار لـ QwenDesk. اختيار واجهة خلفية يفرضها ويُعاد تحميل النموذج.</translation>
    </message>
    <message>
        <source>GPU layers</source>
        <translation>طبقات GPU</translation>
    </message>
    <message>
        <source>Automatic</source>
        <translation>تلقائي</translation>
    </message>
    <message numerus="yes">
        <source>of %n layer(s)</source>
        <translation>
            <numerusform>من %n طبقة</numerusform>
            <numerusform>من طبقة واحدة</numerusform>
            <numerusform>من طبقتين</numerusform>
            <numerusform>من %n طبقات</numerusform>
            <numerusform>من %n طبقة</numerusform>
            <numerusform>من %n طبقة</numerusform>
        </translation>
    </message>
    <message>
        <source>MoE experts in RAM</source>
        <translation>خبراء MoE في الذاكرة</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>تطبيق</translation>
    </message>
    <message>
        <source>Automatic follows the plan, which splits a model too large for the GPU with the CPU. A number puts that many layers on the GPU and the rest on the CPU; experts kept in RAM run on the CPU. The plan above shows the result, and the model is loaded again.</source>
        <translation>الوضع التلقائي يتبع الخطة، التي تقسم النموذج الأكبر من GPU مع المعالج. الرقم يضع هذا العدد من الطبقات على GPU والباقي على المعالج؛ والخبراء المتروكون في الذاكرة يعملون على المعالج. تعرض الخطة أعلاه النتيجة، ويُعاد تحميل النموذج.</translation>
    </message>
    <message>
        <source>A split between the GPU and the CPU needs a GPU backend: choose Automatic, Vulkan or CUDA above.</source>
        <translation>يحتاج التقسيم بين GPU والمعالج إلى واجهة GPU: اختر «تلقائي» أو Vulkan أو CUDA أعلاه.</translation>
    </message>
</context>
<context>
    <name>HistoryErrorDialog</name>
    <message>
        <source>The chat history cannot be opened</source>
        <translation>تعذّر فتح سجل المحادثات</translation>
    </message>
    <message>
        <source>Close the other QwenDesk window, then try again.</source>
        <translation>أغلق نافذة QwenDesk الأخرى ثم أعد المحاولة.</translation>
    </message>
    <message>
        <source>QwenDesk can keep the old file under a new name and start an empty history. Nothing is deleted.</source>
        <translation>يمكن لـ QwenDesk الاحتفاظ بالملف القديم باسم جديد وبدء سجل فارغ. لن يُحذف أي شيء.</translation>
    </message>
    <message>
        <source>Try again</source>
        <translation>أعد المحاولة</translation>
    </message>
    <message>
        <source>Keep the old file and start a new history</source>
        <translation>احتفظ بالملف القديم وابدأ سجلًا جديدًا</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>خروج</translation>
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
            <numerusform>لم تُترك أي رسالة سابقة خارج السياق (%n).</numerusform>
            <numerusform>تُركت رسالة سابقة واحدة خارج السياق ليتسع.</numerusform>
            <numerusform>تُركت رسالتان سابقتان خارج السياق ليتسع.</numerusform>
            <numerusform>تُركت %n رسائل سابقة خارج السياق ليتسع.</numerusform>
            <numerusform>تُركت %n رسالة سابقة خارج السياق ليتسع.</numerusform>
            <numerusform>تُركت %n رسالة سابقة خارج السياق ليتسع.</numerusform>
        </translation>
    </message>
    <message>
        <source>Interrupted: QwenDesk closed before this answer finished.</source>
        <translation>توقّف: أُغلق QwenDesk قبل اكتمال هذه الإجابة.</translation>
    </message>
    <message>
        <source>Stopped.</source>
        <translation>أُوقف.</translation>
    </message>
    <message>
        <source>Previous version</source>
        <translation>النسخة السابقة</translation>
    </message>
    <message>
        <source>%1 / %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <source>Next version</source>
        <translation>النسخة التالية</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>نسخ</translation>
    </message>
    <message>
        <source>Regenerate</source>
        <translation>إعادة التوليد</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>تعديل</translation>
    </message>
    <message>
        <source>Fork</source>
        <translation>تفريع</translation>
    </message>
    <message>
        <source>Start a new conversation from here</source>
        <translation>ابدأ محادثة جديدة من هنا</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>حذف</translation>
    </message>
    <message>
        <source>Delete this message and what follows it</source>
        <translation>احذف هذه الرسالة وما يليها</translation>
    </message>
    <message>
        <source>%1 tokens/s · context %2 / %3</source>
        <translation>%1 رمز/ث · السياق %2 / %3</translation>
    </message>
    <message>
        <source>thinking mode</source>
        <translation>وضع التفكير</translation>
    </message>
    <message>
        <source>non-thinking mode</source>
        <translation>وضع بلا تفكير</translation>
    </message>
    <message>
        <source>Answered by %1</source>
        <translation>أجاب %1</translation>
    </message>
</context>
<context>
    <name>ModelFitList</name>
    <message>
        <source>Checking which models fit this computer…</source>
        <translation>جارٍ التحقق من النماذج التي تناسب هذا الحاسوب…</translation>
    </message>
    <message>
        <source>Hide the table</source>
        <translation>إخفاء الجدول</translation>
    </message>
    <message>
        <source>Show every model and quantisation</source>
        <translation>عرض كل النماذج والتكميمات</translation>
    </message>
    <message>
        <source>Estimated for %1 tokens of context (Settings → Context length). ★ marks the best quantisation of each model.</source>
        <translation>تقدير لسياق من %1 رمز (الإعدادات ← طول السياق). ★ تميّز أفضل تكميم لكل نموذج.</translation>
    </message>
    <message>
        <source>%1 tokens</source>
        <translation>%1 رمز</translation>
    </message>
    <message>
        <source>CPU</source>
        <translation>CPU</translation>
    </message>
    <message>
        <source>~%1 tok/s</source>
        <translation>~%1 رمز/ث</translation>
    </message>
</context>
<context>
    <name>ModelPlanView</name>
    <message>
        <source>Why</source>
        <translation>السبب</translation>
    </message>
    <message>
        <source>No plan for this model: %1</source>
        <translation>لا خطة لهذا النموذج: %1</translation>
    </message>
    <message>
        <source>Planning where this model runs…</source>
        <translation>جارٍ تحديد مكان تشغيل هذا النموذج…</translation>
    </message>
</context>
<context>
    <name>RemoteEngineDelegate</name>
    <message>
        <source>API key stored</source>
        <translation>مفتاح API محفوظ</translation>
    </message>
    <message>
        <source>No API key</source>
        <translation>لا يوجد مفتاح API</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>تعديل…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>إزالة</translation>
    </message>
    <message>
        <source>Remove this engine and its stored API key</source>
        <translation>إزالة هذا المحرك ومفتاح API المحفوظ له</translation>
    </message>
</context>
<context>
    <name>RemoteEngineDialog</name>
    <message>
        <source>Edit remote engine</source>
        <translation>تعديل المحرك البعيد</translation>
    </message>
    <message>
        <source>Add a remote engine</source>
        <translation>إضافة محرك بعيد</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>الاسم</translation>
    </message>
    <message>
        <source>GPU cluster</source>
        <translation>عنقود GPU</translation>
    </message>
    <message>
        <source>Base URL</source>
        <translation>عنوان URL الأساسي</translation>
    </message>
    <message>
        <source>API key</source>
        <translation>مفتاح API</translation>
    </message>
    <message>
        <source>Stored — type a new key to replace it</source>
        <translation>محفوظ — اكتب مفتاحًا جديدًا لاستبداله</translation>
    </message>
    <message>
        <source>None (optional)</source>
        <translation>لا يوجد (اختياري)</translation>
    </message>
    <message>
        <source>Remove the stored key</source>
        <translation>إزالة المفتاح المحفوظ</translation>
    </message>
    <message>
        <source>Thinking toggle</source>
        <translation>مفتاح التفكير</translation>
    </message>
    <message>
        <source>chat_template_kwargs (vLLM, SGLang, llama.cpp, QwenDesk)</source>
        <translation>chat_template_kwargs (vLLM وSGLang وllama.cpp وQwenDesk)</translation>
    </message>
    <message>
        <source>reasoning_effort (Ollama)</source>
        <translation>reasoning_effort (Ollama)</translation>
    </message>
    <message>
        <source>Test connection</source>
        <translation>اختبار الاتصال</translation>
    </message>
    <message>
        <source>Connection failed: %1</source>
        <translation>فشل الاتصال: %1</translation>
    </message>
    <message numerus="yes">
        <source>Connected. %n model(s) available:</source>
        <translation>
            <numerusform>تم الاتصال. لا توجد نماذج متاحة (%n):</numerusform>
            <numerusform>تم الاتصال. نموذج واحد متاح:</numerusform>
            <numerusform>تم الاتصال. نموذجان متاحان:</numerusform>
            <numerusform>تم الاتصال. %n نماذج متاحة:</numerusform>
            <numerusform>تم الاتصال. %n نموذجًا متاحًا:</numerusform>
            <numerusform>تم الاتصال. %n نموذج متاح:</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RemoteEnginesSection</name>
    <message>
        <source>None yet. Add a vLLM, SGLang, llama.cpp, Ollama or QwenDesk server to chat with models too large for this computer.</source>
        <translation>لا يوجد بعد. أضف خادم vLLM أو SGLang أو llama.cpp أو Ollama أو QwenDesk للدردشة مع نماذج أكبر من أن يشغّلها هذا الحاسوب.</translation>
    </message>
    <message>
        <source>Add engine…</source>
        <translation>إضافة محرك…</translation>
    </message>
    <message>
        <source>API keys are kept in a file only you can read (secrets.ini), in plain text: no system keychain is available.</source>
        <translation>تُحفظ مفاتيح API في ملف لا يقرؤه سواك (secrets.ini) كنص صريح: لا تتوفر سلسلة مفاتيح للنظام.</translation>
    </message>
    <message>
        <source>API keys are kept in the system keychain.</source>
        <translation>تُحفظ مفاتيح API في سلسلة مفاتيح النظام.</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>الإعدادات</translation>
    </message>
    <message>
        <source>Choose a model folder</source>
        <translation>اختر مجلد النموذج</translation>
    </message>
    <message>
        <source>Choose a model file</source>
        <translation>اختر ملف النموذج</translation>
    </message>
    <message>
        <source>GGUF models (*.gguf)</source>
        <translation>نماذج GGUF ‏(*.gguf)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>كل الملفات (*)</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>النموذج</translation>
    </message>
    <message>
        <source>Demo model — random weights, produces random text</source>
        <translation type="vanished">نموذج تجريبي — أوزان عشوائية، ينتج نصًا عشوائيًا</translation>
    </message>
    <message>
        <source>Folder…</source>
        <translation type="vanished">مجلد…</translation>
    </message>
    <message>
        <source>File…</source>
        <translation type="vanished">ملف…</translation>
    </message>
    <message>
        <source>Use the demo model</source>
        <translation type="vanished">استخدم النموذج التجريبي</translation>
    </message>
    <message>
        <source>Context length</source>
        <translation>طول السياق</translation>
    </message>
    <message>
        <source>When the context is full</source>
        <translation>عندما يمتلئ السياق</translation>
    </message>
    <message>
        <source>Stop and tell me</source>
        <translation>توقف وأخبرني</translation>
    </message>
    <message>
        <source>Drop the oldest turns (keep the system prompt)</source>
        <translation>أسقط أقدم الأدوار (مع إبقاء موجّه النظام)</translation>
    </message>
    <message>
        <source>Truncate the middle (keep the first exchange)</source>
        <translation>اقتطع الوسط (مع إبقاء أول تبادل)</translation>
    </message>
    <message>
        <source>Sampling</source>
        <translation>أخذ العينات</translation>
    </message>
    <message>
        <source>Recommended for the message's mode</source>
        <translation>الموصى به لوضع الرسالة</translation>
    </message>
    <message>
        <source>Custom</source>
        <translation>مخصص</translation>
    </message>
    <message>
        <source>Temperature</source>
        <translation>درجة الحرارة</translation>
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
        <translation>إعداد التفكير المسبق</translation>
    </message>
    <message>
        <source>Non-thinking preset</source>
        <translation>إعداد عدم التفكير المسبق</translation>
    </message>
    <message>
        <source>Longest answer (tokens)</source>
        <translation>أطول إجابة (رموز)</translation>
    </message>
    <message>
        <source>System prompt</source>
        <translation>موجّه النظام</translation>
    </message>
    <message>
        <source>Optional instructions for every conversation</source>
        <translation>تعليمات اختيارية لكل محادثة</translation>
    </message>
    <message>
        <source>Backend</source>
        <translation type="vanished">الواجهة الخلفية</translation>
    </message>
    <message>
        <source>Automatic</source>
        <translation type="vanished">تلقائي</translation>
    </message>
    <message>
        <source>CPU</source>
        <translation type="vanished">CPU</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>السمة</translation>
    </message>
    <message>
        <source>Follow the system</source>
        <translation>اتبع النظام</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>فاتح</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>داكن</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>اللغة</translation>
    </message>
    <message>
        <source>Thinking panel</source>
        <translation>لوحة التفكير</translation>
    </message>
    <message>
        <source>Collapse when the answer starts</source>
        <translation>اطوِها عند بدء الإجابة</translation>
    </message>
    <message>
        <source>Remote engines</source>
        <translation>المحركات البعيدة</translation>
    </message>
    <message>
        <source>Qwen3 models</source>
        <translation>نماذج Qwen3</translation>
    </message>
    <message>
        <source>Hardware</source>
        <translation>العتاد</translation>
    </message>
</context>
<context>
    <name>Sidebar</name>
    <message>
        <source>New chat</source>
        <translation>محادثة جديدة</translation>
    </message>
    <message>
        <source>Search all messages</source>
        <translation>ابحث في كل الرسائل</translation>
    </message>
    <message>
        <source>No conversations yet</source>
        <translation>لا توجد محادثات بعد</translation>
    </message>
    <message>
        <source>No messages match</source>
        <translation>لا توجد رسائل مطابقة</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>الإعدادات</translation>
    </message>
</context>
<context>
    <name>ThinkingPanel</name>
    <message numerus="yes">
        <source>Thinking… %n s</source>
        <translation>
            <numerusform>يفكّر… %n ثانية</numerusform>
            <numerusform>يفكّر… ثانية واحدة</numerusform>
            <numerusform>يفكّر… ثانيتان</numerusform>
            <numerusform>يفكّر… %n ثوانٍ</numerusform>
            <numerusform>يفكّر… %n ثانية</numerusform>
            <numerusform>يفكّر… %n ثانية</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Thought for %n s</source>
        <translation>
            <numerusform>فكّر %n ثانية</numerusform>
            <numerusform>فكّر ثانية واحدة</numerusform>
            <numerusform>فكّر ثانيتين</numerusform>
            <numerusform>فكّر %n ثوانٍ</numerusform>
            <numerusform>فكّر %n ثانية</numerusform>
            <numerusform>فكّر %n ثانية</numerusform>
        </translation>
    </message>
    <message>
        <source>Hide the thinking</source>
        <translation>إخفاء التفكير</translation>
    </message>
    <message>
        <source>Show the thinking</source>
        <translation>إظهار التفكير</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>نسخ</translation>
    </message>
</context>
<context>
    <name>UndoBar</name>
    <message>
        <source>Deleted “%1”</source>
        <translation>حُذفت «%1»</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>تراجع</translation>
    </message>
</context>
<context>
    <name>qwendesk::app::ChatController</name>
    <message>
        <source>New chat</source>
        <translation>محادثة جديدة</translation>
    </message>
    <message>
        <source>The history could not be saved: %1</source>
        <translation>تعذّر حفظ السجل: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n answer(s) were interrupted when QwenDesk last closed; what had arrived was kept.</source>
        <translation>
            <numerusform>لم تنقطع أي إجابة (%n).</numerusform>
            <numerusform>انقطعت إجابة واحدة عند آخر إغلاق لـ QwenDesk؛ حُفظ ما وصل منها.</numerusform>
            <numerusform>انقطعت إجابتان عند آخر إغلاق لـ QwenDesk؛ حُفظ ما وصل منهما.</numerusform>
            <numerusform>انقطعت %n إجابات عند آخر إغلاق لـ QwenDesk؛ حُفظ ما وصل منها.</numerusform>
            <numerusform>انقطعت %n إجابة عند آخر إغلاق لـ QwenDesk؛ حُفظ ما وصل منها.</numerusform>
            <numerusform>انقطعت %n إجابة عند آخر إغلاق لـ QwenDesk؛ حُفظ ما وصل منها.</numerusform>
        </translation>
    </message>
    <message>
        <source>The damaged history was kept as %1. A new history was started.</source>
        <translation>حُفظ السجل التالف باسم %1. بدأ سجل جديد.</translation>
    </message>
    <message>
        <source>The history is not available: %1</source>
        <translation>السجل غير متاح: %1</translation>
    </message>
    <message>
        <source>no model is set and the demo model is missing</source>
        <translation>لم يُحدَّد نموذج والنموذج التجريبي مفقود</translation>
    </message>
    <message>
        <source>Demo model</source>
        <translation>نموذج تجريبي</translation>
    </message>
    <message>
        <source>The model does not fit in memory: %1. Try a smaller or more quantised model.</source>
        <translation>النموذج لا يتسع في الذاكرة: %1. جرّب نموذجًا أصغر أو أكثر تكميمًا.</translation>
    </message>
    <message>
        <source>The model could not be loaded: %1</source>
        <translation>تعذّر تحميل النموذج: %1</translation>
    </message>
    <message>
        <source>The model is still loading; try again in a moment.</source>
        <translation>ما زال النموذج قيد التحميل؛ أعد المحاولة بعد قليل.</translation>
    </message>
    <message>
        <source>No model is loaded. Choose one in Settings.</source>
        <translation>لا يوجد نموذج محمّل. اختر واحدًا من الإعدادات.</translation>
    </message>
    <message>
        <source>The answer stopped because the context is full.</source>
        <translation>توقفت الإجابة لأن السياق ممتلئ.</translation>
    </message>
    <message>
        <source>This conversation no longer fits in the model's context (%1). Choose in Settings to drop the oldest turns or truncate the middle, raise the context length, or start a new conversation.</source>
        <translation>لم تعد هذه المحادثة تتسع في سياق النموذج (%1). اختر من الإعدادات إسقاط أقدم الأدوار أو اقتطاع الوسط، أو زد طول السياق، أو ابدأ محادثة جديدة.</translation>
    </message>
    <message>
        <source>Out of memory while generating (%1). Try a shorter context length or a smaller model.</source>
        <translation>نفدت الذاكرة أثناء التوليد (%1). جرّب طول سياق أقصر أو نموذجًا أصغر.</translation>
    </message>
    <message>
        <source>The answer could not be generated: %1</source>
        <translation>تعذّر توليد الإجابة: %1</translation>
    </message>
    <message>
        <source>%1 (fork)</source>
        <translation>%1 (تفريع)</translation>
    </message>
    <message>
        <source>The connection was cut mid-answer; what arrived is kept (%1).</source>
        <translation>انقطع الاتصال في منتصف الإجابة؛ حُفظ ما وصل (%1).</translation>
    </message>
    <message>
        <source>The server refused the API key (%1). Check the key in Settings.</source>
        <translation>رفض الخادم مفتاح API (%1). تحقّق من المفتاح في الإعدادات.</translation>
    </message>
    <message>
        <source>The server is busy (%1). Try again in a moment.</source>
        <translation>الخادم مشغول (%1). أعد المحاولة بعد قليل.</translation>
    </message>
    <message>
        <source>The server cannot be reached: %1</source>
        <translation>تعذّر الوصول إلى الخادم: %1</translation>
    </message>
    <message>
        <source>The server failed: %1</source>
        <translation>فشل الخادم: %1</translation>
    </message>
    <message>
        <source>The GPU stopped responding. Load the model again (on the GPU or the CPU) to go on.</source>
        <translation>توقفت وحدة GPU عن الاستجابة. أعد تحميل النموذج (على GPU أو المعالج) للمتابعة.</translation>
    </message>
    <message>
        <source>The GPU stopped responding: %1</source>
        <translation>توقفت وحدة GPU عن الاستجابة: %1</translation>
    </message>
    <message>
        <source>QwenDesk could not restart itself. Close it and open it again to use the GPU.</source>
        <translation>تعذّر على QwenDesk إعادة تشغيل نفسه. أغلقه وافتحه من جديد لاستخدام GPU.</translation>
    </message>
    <message>
        <source>The GPU stopped responding; the answer was cut short and what arrived is kept.</source>
        <translation>توقفت وحدة GPU عن الاستجابة؛ انقطعت الإجابة وحُفظ ما وصل منها.</translation>
    </message>
</context>
<context>
    <name>qwendesk::app::HardwareInfo</name>
    <message>
        <source>dedicated</source>
        <translation>مخصصة</translation>
    </message>
    <message>
        <source>integrated</source>
        <translation>مدمجة</translation>
    </message>
    <message>
        <source>virtual</source>
        <translation>افتراضية</translation>
    </message>
    <message>
        <source>software, runs on the CPU</source>
        <translation>برمجية، تعمل على المعالج</translation>
    </message>
    <message>
        <source>other</source>
        <translation>أخرى</translation>
    </message>
    <message>
        <source>working</source>
        <translation>يعمل</translation>
    </message>
    <message>
        <source>not built into this version</source>
        <translation>غير مضمّن في هذا الإصدار</translation>
    </message>
    <message>
        <source>no driver</source>
        <translation>لا يوجد برنامج تشغيل</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>فشل</translation>
    </message>
    <message>
        <source>Automatic (the planner's choice)</source>
        <translation>تلقائي (اختيار المخطِّط)</translation>
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
        <translation>CUDA (GPU من NVIDIA)</translation>
    </message>
    <message>
        <source>the CPU</source>
        <translation>المعالج</translation>
    </message>
    <message>
        <source>%1 cores / %2 threads</source>
        <translation>%1 نوى / %2 خيوط</translation>
    </message>
    <message>
        <source>%1 threads</source>
        <translation>%1 خيوط</translation>
    </message>
    <message>
        <source>%1 (%2), %3, %4 kernels</source>
        <translation>%1 (%2)، %3، نوى حسابية %4</translation>
    </message>
    <message>
        <source>described CPU</source>
        <translation>معالج موصوف</translation>
    </message>
    <message>
        <source>%1 cores</source>
        <translation>%1 نوى</translation>
    </message>
    <message>
        <source>%1 kernels</source>
        <translation>نوى حسابية %1</translation>
    </message>
    <message>
        <source>%1 (%2 available now)</source>
        <translation>%1 (المتاح الآن %2)</translation>
    </message>
    <message>
        <source>NVIDIA driver, CUDA %1</source>
        <translation>برنامج تشغيل NVIDIA، CUDA %1</translation>
    </message>
    <message>
        <source>%1, Vulkan %2</source>
        <translation>%1، Vulkan %2</translation>
    </message>
    <message>
        <source>described, not probed</source>
        <translation>موصوف، لم يُفحص</translation>
    </message>
    <message>
        <source>no API</source>
        <translation>لا توجد واجهة</translation>
    </message>
    <message>
        <source>No GPU found.</source>
        <translation>لم يُعثر على GPU.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message numerus="yes">
        <source>%n device(s)</source>
        <translation>
            <numerusform>لا أجهزة (%n)</numerusform>
            <numerusform>جهاز واحد</numerusform>
            <numerusform>جهازان</numerusform>
            <numerusform>%n أجهزة</numerusform>
            <numerusform>%n جهازًا</numerusform>
            <numerusform>%n جهاز</numerusform>
        </translation>
    </message>
    <message>
        <source>Planned on %1 with %2 tokens of context: %3 of %4 usable — %5</source>
        <translation>مخطط على %1 بسياق %2 رمز: %3 من %4 متاحة — %5</translation>
    </message>
    <message>
        <source>%1 of weights (exact, from the file)</source>
        <translation>أوزان %1 (دقيقة، من الملف)</translation>
    </message>
    <message>
        <source>%1 of weights (estimated)</source>
        <translation>أوزان %1 (تقديرية)</translation>
    </message>
    <message>
        <source>weights %1 + KV cache %2 + working %3 + runtime %4 = %5 of %6 usable (%7, %8 kept free)</source>
        <translation>الأوزان %1 + ذاكرة KV %2 + العمل %3 + التشغيل %4 = %5 من %6 متاحة (%7، يُترك %8 حرًا)</translation>
    </message>
    <message>
        <source>roughly %1 tokens/s when generating</source>
        <translation>نحو %1 رمز/ث عند التوليد</translation>
    </message>
    <message>
        <source>Loading %1…</source>
        <translation>جارٍ تحميل %1…</translation>
    </message>
    <message>
        <source>No model is loaded.</source>
        <translation>لا يوجد نموذج محمّل.</translation>
    </message>
    <message>
        <source>New messages are answered by the remote engine %1.</source>
        <translation>يجيب المحرك البعيد %1 على الرسائل الجديدة.</translation>
    </message>
    <message>
        <source>%1 runs on %2 with %3 tokens of context.</source>
        <translation>يعمل %1 على %2 بسياق %3 رمز.</translation>
    </message>
    <message>
        <source>No Qwen3 model runs comfortably here; models marked tight may still load but leave little room or run slowly.</source>
        <translation>لا يعمل أي نموذج Qwen3 براحة هنا؛ قد تُحمَّل النماذج الموسومة «ضيق» لكنها تترك مساحة قليلة أو تعمل ببطء.</translation>
    </message>
    <message>
        <source>Best pick for this computer: %1 %2 on %3 with %4 tokens of context.</source>
        <translation>الخيار الأفضل لهذا الحاسوب: %1 %2 على %3 بسياق %4 رمز.</translation>
    </message>
    <message>
        <source>Split with the CPU: %1 of %2 layers on the GPU</source>
        <translation>مقسوم مع المعالج: %1 من %2 طبقة على GPU</translation>
    </message>
    <message>
        <source>experts of layers %1 in RAM</source>
        <translation>خبراء الطبقات %1 في الذاكرة</translation>
    </message>
    <message>
        <source>%1 in RAM</source>
        <translation>%1 في الذاكرة</translation>
    </message>
    <message>
        <source>Automatic</source>
        <translation>تلقائي</translation>
    </message>
    <message>
        <source>None (every expert on the GPU)</source>
        <translation>لا شيء (كل الخبراء على GPU)</translation>
    </message>
    <message>
        <source>All (every layer's experts in RAM)</source>
        <translation>الكل (خبراء كل الطبقات في الذاكرة)</translation>
    </message>
    <message>
        <source>These layers…</source>
        <translation>هذه الطبقات…</translation>
    </message>
    <message>
        <source>The model's layers are not known yet; wait until its plan is shown.</source>
        <translation>طبقات النموذج غير معروفة بعد؛ انتظر حتى تظهر خطته.</translation>
    </message>
</context>
<context>
    <name>qwendesk::app::RemoteEngines</name>
    <message>
        <source>The base URL must start with http:// or https://</source>
        <translation>يجب أن يبدأ عنوان URL الأساسي بـ http:// أو https://</translation>
    </message>
    <message>
        <source>no such remote engine</source>
        <translation>لا يوجد محرك بعيد بهذا الاسم</translation>
    </message>
</context>
<context>
    <name>qwendesk::ui::RecommendationModel</name>
    <message>
        <source>fits</source>
        <translation>يتسع</translation>
    </message>
    <message>
        <source>tight</source>
        <translation>ضيق</translation>
    </message>
    <message>
        <source>too large</source>
        <translation>كبير جدًا</translation>
    </message>
</context>
</TS>
