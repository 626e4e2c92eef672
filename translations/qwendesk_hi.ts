<?xml version='1.0' encoding='utf-8'?>
<!DOCTYPE TS>
<TS version="2.1" language="hi">
<context>
    <name>ChatView</name>
    <message>
        <source>New chat</source>
        <translation>नई चैट</translation>
    </message>
    <message>
        <source>Loading %1…</source>
        <translation>%1 लोड हो रहा है…</translation>
    </message>
    <message>
        <source>Demo model — random weights, produces random text</source>
        <translation>डेमो मॉडल — यादृच्छिक वेट, यादृच्छिक टेक्स्ट बनाता है</translation>
    </message>
    <message>
        <source>Choose a model…</source>
        <translation>मॉडल चुनें…</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>सेटिंग्स</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>हटाएँ</translation>
    </message>
    <message>
        <source>Ask anything. Everything stays on this computer.</source>
        <translation>कुछ भी पूछें। सब कुछ इसी कंप्यूटर पर रहता है।</translation>
    </message>
    <message>
        <source>This session runs on the CPU because the GPU stopped responding. The backend chosen in Settings is unchanged.</source>
        <translation>GPU के जवाब न देने के कारण यह सत्र CPU पर चल रहा है। सेटिंग्स में चुना गया बैकएंड नहीं बदला है।</translation>
    </message>
    <message>
        <source>Try the GPU again</source>
        <translation>GPU फिर से आज़माएँ</translation>
    </message>
</context>
<context>
    <name>CodeBlock</name>
    <message>
        <source>code</source>
        <translation>कोड</translation>
    </message>
    <message>
        <source>Copied</source>
        <translation>कॉपी हो गया</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>कॉपी करें</translation>
    </message>
</context>
<context>
    <name>Composer</name>
    <message>
        <source>Message QwenDesk… (/think or /no_think switch the mode)</source>
        <translation>QwenDesk को संदेश… (/think या /no_think से मोड बदलें)</translation>
    </message>
    <message>
        <source>Think</source>
        <translation>सोचें</translation>
    </message>
    <message>
        <source>Thinking mode: the model reasons before it answers</source>
        <translation>सोचने का मोड: मॉडल जवाब देने से पहले तर्क करता है</translation>
    </message>
    <message>
        <source>Non-thinking mode: the model answers directly</source>
        <translation>बिना सोचे मोड: मॉडल सीधे जवाब देता है</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>रोकें</translation>
    </message>
    <message>
        <source>Send</source>
        <translation>भेजें</translation>
    </message>
</context>
<context>
    <name>ContextGauge</name>
    <message>
        <source>Context %1 / %2</source>
        <translation>संदर्भ %1 / %2</translation>
    </message>
    <message>
        <source>Context —</source>
        <translation>संदर्भ —</translation>
    </message>
</context>
<context>
    <name>ConversationDelegate</name>
    <message>
        <source>Rename</source>
        <translation>नाम बदलें</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>हटाएँ</translation>
    </message>
</context>
<context>
    <name>DeviceLostBanner</name>
    <message>
        <source>The GPU stopped responding. Your conversation is kept; load the model again to go on.</source>
        <translation>GPU ने जवाब देना बंद कर दिया। आपकी बातचीत सुरक्षित है; आगे बढ़ने के लिए मॉडल फिर से लोड करें।</translation>
    </message>
    <message>
        <source>CUDA cannot use the GPU again until QwenDesk restarts.</source>
        <translation>QwenDesk के फिर से शुरू होने तक CUDA GPU का फिर से इस्तेमाल नहीं कर सकता।</translation>
    </message>
    <message>
        <source>Restart QwenDesk</source>
        <translation>QwenDesk फिर से शुरू करें</translation>
    </message>
    <message>
        <source>Reload on the GPU</source>
        <translation>GPU पर फिर से लोड करें</translation>
    </message>
    <message>
        <source>Continue on the CPU</source>
        <translation>CPU पर जारी रखें</translation>
    </message>
    <message>
        <source>For this session only; the backend chosen in Settings stays as it is.</source>
        <translation>सिर्फ़ इस सत्र के लिए; सेटिंग्स में चुना गया बैकएंड वैसा ही रहता है।</translation>
    </message>
</context>
<context>
    <name>EditDialog</name>
    <message>
        <source>Edit and resend</source>
        <translation>संपादित करके फिर भेजें</translation>
    </message>
    <message>
        <source>Edit the answer</source>
        <translation>जवाब संपादित करें</translation>
    </message>
</context>
<context>
    <name>EngineChooser</name>
    <message>
        <source>New messages are answered by %1.</source>
        <translation>नए संदेशों का उत्तर %1 देता है।</translation>
    </message>
    <message>
        <source>Loading %1…</source>
        <translation>%1 लोड हो रहा है…</translation>
    </message>
    <message>
        <source>This computer</source>
        <translation>यह कंप्यूटर</translation>
    </message>
    <message>
        <source>Choose a model folder or file, or use the demo model.</source>
        <translation>मॉडल फ़ोल्डर या फ़ाइल चुनें, या डेमो मॉडल का उपयोग करें।</translation>
    </message>
    <message>
        <source>Demo model — random weights, produces random text</source>
        <translation>डेमो मॉडल — यादृच्छिक वेट, यादृच्छिक टेक्स्ट बनाता है</translation>
    </message>
    <message>
        <source>Folder…</source>
        <translation>फ़ोल्डर…</translation>
    </message>
    <message>
        <source>File…</source>
        <translation>फ़ाइल…</translation>
    </message>
    <message>
        <source>Use the demo model</source>
        <translation>डेमो मॉडल इस्तेमाल करें</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>रीफ़्रेश करें</translation>
    </message>
    <message>
        <source>Use</source>
        <translation>उपयोग करें</translation>
    </message>
    <message>
        <source>Asking the server for its models…</source>
        <translation>सर्वर से उसके मॉडल पूछे जा रहे हैं…</translation>
    </message>
    <message>
        <source>Could not list the models: %1</source>
        <translation>मॉडलों की सूची नहीं मिल सकी: %1</translation>
    </message>
</context>
<context>
    <name>FirstRunDialog</name>
    <message>
        <source>Welcome to QwenDesk</source>
        <translation>QwenDesk में आपका स्वागत है</translation>
    </message>
    <message>
        <source>Choose a model folder</source>
        <translation>मॉडल फ़ोल्डर चुनें</translation>
    </message>
    <message>
        <source>Choose a model file</source>
        <translation>मॉडल फ़ाइल चुनें</translation>
    </message>
    <message>
        <source>GGUF models (*.gguf)</source>
        <translation>GGUF मॉडल (*.gguf)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>सभी फ़ाइलें (*)</translation>
    </message>
    <message>
        <source>QwenDesk runs Qwen3 models on this computer, offline. Choose a model folder (Hugging Face safetensors) or a GGUF file.</source>
        <translation>QwenDesk इस कंप्यूटर पर ऑफ़लाइन Qwen3 मॉडल चलाता है। एक मॉडल फ़ोल्डर (Hugging Face safetensors) या GGUF फ़ाइल चुनें।</translation>
    </message>
    <message>
        <source>Until then the built-in demo model is loaded so every screen works. Demo model — random weights, produces random text.</source>
        <translation>तब तक बिल्ट-इन डेमो मॉडल लोड रहता है ताकि हर स्क्रीन काम करे। डेमो मॉडल — यादृच्छिक वेट, यादृच्छिक टेक्स्ट बनाता है।</translation>
    </message>
    <message>
        <source>Choose a folder…</source>
        <translation>फ़ोल्डर चुनें…</translation>
    </message>
    <message>
        <source>Choose a file…</source>
        <translation>फ़ाइल चुनें…</translation>
    </message>
    <message>
        <source>Use the demo model</source>
        <translation>डेमो मॉडल इस्तेमाल करें</translation>
    </message>
</context>
<context>
    <name>HardwareSection</name>
    <message>
        <source>Looking at this computer's processors…</source>
        <translation>इस कंप्यूटर के प्रोसेसर देखे जा रहे हैं…</translation>
    </message>
    <message>
        <source>The hardware could not be probed: %1</source>
        <translation>हार्डवेयर की जाँच नहीं हो सकी: %1</translation>
    </message>
    <message>
        <source>CPU</source>
        <translation>CPU</translation>
    </message>
    <message>
        <source>Memory</source>
        <translation>मेमोरी</translation>
    </message>
    <message>
        <source>GPUs</source>
        <translation>GPU</translation>
    </message>
    <message>
        <source>%1 — %2, %3 memory, %4</source>
        <translation>%1 — %2, %3 मेमोरी, %4</translation>
    </message>
    <message>
        <source>Driver: %1</source>
        <translation>ड्राइवर: %1</translation>
    </message>
    <message>
        <source>Built in</source>
        <translation>शामिल</translation>
    </message>
    <message>
        <source>Backend</source>
        <translation>बैकएंड</translation>
    </message>
    <message>
        <source>Automatic lets QwenDesk choose. Choosing a backend forces it, and the model is loaded again.</source>
        <translation>स्वचालित में QwenDesk चुनता है। बैकएंड चुनने पर वही इस्तेमाल होता है और मॉडल फिर से लोड होता है।</translation>
    </message>
    <message>
        <source>GPU layers</source>
        <translation>GPU पर परतें</translation>
    </message>
    <message>
        <source>Automatic</source>
        <translation>स्वचालित</translation>
    </message>
    <message numerus="yes">
        <source>of %n layer(s)</source>
        <translation>
            <numerusform>%n परत में से</numerusform>
            <numerusform>%n परतों में से</numerusform>
        </translation>
    </message>
    <message>
        <source>MoE experts in RAM</source>
        <translation>RAM में MoE एक्सपर्ट</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>लागू करें</translation>
    </message>
    <message>
        <source>Automatic follows the plan, which splits a model too large for the GPU with the CPU. A number puts that many layers on the GPU and the rest on the CPU; experts kept in RAM run on the CPU. The plan above shows the result, and the model is loaded again.</source>
        <translation>स्वचालित योजना का पालन करता है, जो GPU के लिए बहुत बड़े मॉडल को CPU के साथ बाँटती है। एक संख्या उतनी परतें GPU पर और बाकी CPU पर रखती है; RAM में रखे एक्सपर्ट CPU पर चलते हैं। ऊपर की योजना नतीजा दिखाती है, और मॉडल फिर से लोड होता है।</translation>
    </message>
    <message>
        <source>A split between the GPU and the CPU needs a GPU backend: choose Automatic, Vulkan or CUDA above.</source>
        <translation>GPU और CPU के बीच बँटवारे के लिए GPU बैकएंड चाहिए: ऊपर स्वचालित, Vulkan या CUDA चुनें।</translation>
    </message>
</context>
<context>
    <name>HistoryErrorDialog</name>
    <message>
        <source>The chat history cannot be opened</source>
        <translation>चैट इतिहास नहीं खुल सकता</translation>
    </message>
    <message>
        <source>Close the other QwenDesk window, then try again.</source>
        <translation>दूसरी QwenDesk विंडो बंद करें, फिर दोबारा कोशिश करें।</translation>
    </message>
    <message>
        <source>QwenDesk can keep the old file under a new name and start an empty history. Nothing is deleted.</source>
        <translation>QwenDesk पुरानी फ़ाइल को नए नाम से रख सकता है और खाली इतिहास शुरू कर सकता है। कुछ भी नहीं मिटाया जाता।</translation>
    </message>
    <message>
        <source>Try again</source>
        <translation>फिर कोशिश करें</translation>
    </message>
    <message>
        <source>Keep the old file and start a new history</source>
        <translation>पुरानी फ़ाइल रखें और नया इतिहास शुरू करें</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>बाहर निकलें</translation>
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
            <numerusform>संदर्भ में समाने के लिए %n पिछला संदेश छोड़ा गया।</numerusform>
            <numerusform>संदर्भ में समाने के लिए %n पिछले संदेश छोड़े गए।</numerusform>
        </translation>
    </message>
    <message>
        <source>Interrupted: QwenDesk closed before this answer finished.</source>
        <translation>बाधित: यह जवाब पूरा होने से पहले QwenDesk बंद हो गया।</translation>
    </message>
    <message>
        <source>Stopped.</source>
        <translation>रोका गया।</translation>
    </message>
    <message>
        <source>Previous version</source>
        <translation>पिछला संस्करण</translation>
    </message>
    <message>
        <source>%1 / %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <source>Next version</source>
        <translation>अगला संस्करण</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>कॉपी करें</translation>
    </message>
    <message>
        <source>Regenerate</source>
        <translation>फिर से बनाएँ</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>संपादित करें</translation>
    </message>
    <message>
        <source>Fork</source>
        <translation>शाखा बनाएँ</translation>
    </message>
    <message>
        <source>Start a new conversation from here</source>
        <translation>यहाँ से नई बातचीत शुरू करें</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>हटाएँ</translation>
    </message>
    <message>
        <source>Delete this message and what follows it</source>
        <translation>यह संदेश और उसके बाद का सब हटाएँ</translation>
    </message>
    <message>
        <source>%1 tokens/s · context %2 / %3</source>
        <translation>%1 टोकन/से · संदर्भ %2 / %3</translation>
    </message>
    <message>
        <source>thinking mode</source>
        <translation>सोचने का मोड</translation>
    </message>
    <message>
        <source>non-thinking mode</source>
        <translation>बिना सोचे मोड</translation>
    </message>
    <message>
        <source>Answered by %1</source>
        <translation>%1 द्वारा उत्तर</translation>
    </message>
</context>
<context>
    <name>ModelFitList</name>
    <message>
        <source>Checking which models fit this computer…</source>
        <translation>जाँच हो रही है कि कौन-से मॉडल इस कंप्यूटर में समाते हैं…</translation>
    </message>
    <message>
        <source>Hide the table</source>
        <translation>तालिका छिपाएँ</translation>
    </message>
    <message>
        <source>Show every model and quantisation</source>
        <translation>सभी मॉडल और क्वांटाइज़ेशन दिखाएँ</translation>
    </message>
    <message>
        <source>Estimated for %1 tokens of context (Settings → Context length). ★ marks the best quantisation of each model.</source>
        <translation>%1 टोकन के संदर्भ के लिए अनुमान (सेटिंग्स → संदर्भ की लंबाई)। ★ हर मॉडल का सबसे अच्छा क्वांटाइज़ेशन दिखाता है।</translation>
    </message>
    <message>
        <source>%1 tokens</source>
        <translation>%1 टोकन</translation>
    </message>
    <message>
        <source>CPU</source>
        <translation>CPU</translation>
    </message>
    <message>
        <source>~%1 tok/s</source>
        <translation>~%1 टोकन/से</translation>
    </message>
</context>
<context>
    <name>ModelPlanView</name>
    <message>
        <source>Why</source>
        <translation>क्यों</translation>
    </message>
    <message>
        <source>No plan for this model: %1</source>
        <translation>इस मॉडल के लिए कोई योजना नहीं: %1</translation>
    </message>
    <message>
        <source>Planning where this model runs…</source>
        <translation>योजना बन रही है कि यह मॉडल कहाँ चलेगा…</translation>
    </message>
</context>
<context>
    <name>RemoteEngineDelegate</name>
    <message>
        <source>API key stored</source>
        <translation>API कुंजी सहेजी गई</translation>
    </message>
    <message>
        <source>No API key</source>
        <translation>कोई API कुंजी नहीं</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>संपादित करें…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>हटाएँ</translation>
    </message>
    <message>
        <source>Remove this engine and its stored API key</source>
        <translation>यह इंजन और इसकी सहेजी गई API कुंजी हटाएँ</translation>
    </message>
</context>
<context>
    <name>RemoteEngineDialog</name>
    <message>
        <source>Edit remote engine</source>
        <translation>रिमोट इंजन संपादित करें</translation>
    </message>
    <message>
        <source>Add a remote engine</source>
        <translation>रिमोट इंजन जोड़ें</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>नाम</translation>
    </message>
    <message>
        <source>GPU cluster</source>
        <translation>GPU क्लस्टर</translation>
    </message>
    <message>
        <source>Base URL</source>
        <translation>बेस URL</translation>
    </message>
    <message>
        <source>API key</source>
        <translation>API कुंजी</translation>
    </message>
    <message>
        <source>Stored — type a new key to replace it</source>
        <translation>सहेजी गई — बदलने के लिए नई कुंजी लिखें</translation>
    </message>
    <message>
        <source>None (optional)</source>
        <translation>कोई नहीं (वैकल्पिक)</translation>
    </message>
    <message>
        <source>Remove the stored key</source>
        <translation>सहेजी गई कुंजी हटाएँ</translation>
    </message>
    <message>
        <source>Thinking toggle</source>
        <translation>सोच टॉगल</translation>
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
        <translation>कनेक्शन जाँचें</translation>
    </message>
    <message>
        <source>Connection failed: %1</source>
        <translation>कनेक्शन विफल: %1</translation>
    </message>
    <message numerus="yes">
        <source>Connected. %n model(s) available:</source>
        <translation>
            <numerusform>कनेक्ट हो गया। %n मॉडल उपलब्ध है:</numerusform>
            <numerusform>कनेक्ट हो गया। %n मॉडल उपलब्ध हैं:</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RemoteEnginesSection</name>
    <message>
        <source>None yet. Add a vLLM, SGLang, llama.cpp, Ollama or QwenDesk server to chat with models too large for this computer.</source>
        <translation>अभी कोई नहीं। इस कंप्यूटर के लिए बहुत बड़े मॉडलों से चैट करने के लिए vLLM, SGLang, llama.cpp, Ollama या QwenDesk सर्वर जोड़ें।</translation>
    </message>
    <message>
        <source>Add engine…</source>
        <translation>इंजन जोड़ें…</translation>
    </message>
    <message>
        <source>API keys are kept in a file only you can read (secrets.ini), in plain text: no system keychain is available.</source>
        <translation>API कुंजियाँ ऐसी फ़ाइल (secrets.ini) में सादे टेक्स्ट में रखी जाती हैं जिसे केवल आप पढ़ सकते हैं: कोई सिस्टम कीचेन उपलब्ध नहीं है।</translation>
    </message>
    <message>
        <source>API keys are kept in the system keychain.</source>
        <translation>API कुंजियाँ सिस्टम कीचेन में रखी जाती हैं।</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>सेटिंग्स</translation>
    </message>
    <message>
        <source>Choose a model folder</source>
        <translation>मॉडल फ़ोल्डर चुनें</translation>
    </message>
    <message>
        <source>Choose a model file</source>
        <translation>मॉडल फ़ाइल चुनें</translation>
    </message>
    <message>
        <source>GGUF models (*.gguf)</source>
        <translation>GGUF मॉडल (*.gguf)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>सभी फ़ाइलें (*)</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>मॉडल</translation>
    </message>
    <message>
        <source>Demo model — random weights, produces random text</source>
        <translation type="vanished">डेमो मॉडल — यादृच्छिक वेट, यादृच्छिक टेक्स्ट बनाता है</translation>
    </message>
    <message>
        <source>Folder…</source>
        <translation type="vanished">फ़ोल्डर…</translation>
    </message>
    <message>
        <source>File…</source>
        <translation type="vanished">फ़ाइल…</translation>
    </message>
    <message>
        <source>Use the demo model</source>
        <translation type="vanished">डेमो मॉडल इस्तेमाल करें</translation>
    </message>
    <message>
        <source>Context length</source>
        <translation>संदर्भ की लंबाई</translation>
    </message>
    <message>
        <source>When the context is full</source>
        <translation>जब संदर्भ भर जाए</translation>
    </message>
    <message>
        <source>Stop and tell me</source>
        <translation>रोकें और मुझे बताएँ</translation>
    </message>
    <message>
        <source>Drop the oldest turns (keep the system prompt)</source>
        <translation>सबसे पुराने संवाद हटाएँ (सिस्टम प्रॉम्प्ट रखें)</translation>
    </message>
    <message>
        <source>Truncate the middle (keep the first exchange)</source>
        <translation>बीच का भाग काटें (पहला संवाद रखें)</translation>
    </message>
    <message>
        <source>Sampling</source>
        <translation>सैंपलिंग</translation>
    </message>
    <message>
        <source>Recommended for the message's mode</source>
        <translation>संदेश के मोड के लिए सुझाया गया</translation>
    </message>
    <message>
        <source>Custom</source>
        <translation>कस्टम</translation>
    </message>
    <message>
        <source>Temperature</source>
        <translation>तापमान</translation>
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
        <translation>सोचने का प्रीसेट</translation>
    </message>
    <message>
        <source>Non-thinking preset</source>
        <translation>बिना सोचे प्रीसेट</translation>
    </message>
    <message>
        <source>Longest answer (tokens)</source>
        <translation>सबसे लंबा जवाब (टोकन)</translation>
    </message>
    <message>
        <source>System prompt</source>
        <translation>सिस्टम प्रॉम्प्ट</translation>
    </message>
    <message>
        <source>Optional instructions for every conversation</source>
        <translation>हर बातचीत के लिए वैकल्पिक निर्देश</translation>
    </message>
    <message>
        <source>Backend</source>
        <translation type="vanished">बैकएंड</translation>
    </message>
    <message>
        <source>Automatic</source>
        <translation type="vanished">स्वचालित</translation>
    </message>
    <message>
        <source>CPU</source>
        <translation type="vanished">CPU</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>थीम</translation>
    </message>
    <message>
        <source>Follow the system</source>
        <translation>सिस्टम के अनुसार</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>हल्की</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>गहरी</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>भाषा</translation>
    </message>
    <message>
        <source>Thinking panel</source>
        <translation>सोच पैनल</translation>
    </message>
    <message>
        <source>Collapse when the answer starts</source>
        <translation>जवाब शुरू होने पर समेटें</translation>
    </message>
    <message>
        <source>Remote engines</source>
        <translation>रिमोट इंजन</translation>
    </message>
    <message>
        <source>Qwen3 models</source>
        <translation>Qwen3 मॉडल</translation>
    </message>
    <message>
        <source>Hardware</source>
        <translation>हार्डवेयर</translation>
    </message>
</context>
<context>
    <name>Sidebar</name>
    <message>
        <source>New chat</source>
        <translation>नई चैट</translation>
    </message>
    <message>
        <source>Search all messages</source>
        <translation>सभी संदेशों में खोजें</translation>
    </message>
    <message>
        <source>No conversations yet</source>
        <translation>अभी कोई बातचीत नहीं</translation>
    </message>
    <message>
        <source>No messages match</source>
        <translation>कोई संदेश मेल नहीं खाता</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>सेटिंग्स</translation>
    </message>
</context>
<context>
    <name>ThinkingPanel</name>
    <message numerus="yes">
        <source>Thinking… %n s</source>
        <translation>
            <numerusform>सोच रहा है… %n सेकंड</numerusform>
            <numerusform>सोच रहा है… %n सेकंड</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Thought for %n s</source>
        <translation>
            <numerusform>%n सेकंड सोचा</numerusform>
            <numerusform>%n सेकंड सोचा</numerusform>
        </translation>
    </message>
    <message>
        <source>Hide the thinking</source>
        <translation>सोच छिपाएँ</translation>
    </message>
    <message>
        <source>Show the thinking</source>
        <translation>सोच दिखाएँ</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>कॉपी करें</translation>
    </message>
</context>
<context>
    <name>UndoBar</name>
    <message>
        <source>Deleted “%1”</source>
        <translation>“%1” हटाया गया</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>पूर्ववत करें</translation>
    </message>
</context>
<context>
    <name>qwendesk::app::ChatController</name>
    <message>
        <source>New chat</source>
        <translation>नई चैट</translation>
    </message>
    <message>
        <source>The history could not be saved: %1</source>
        <translation>इतिहास सहेजा नहीं जा सका: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n answer(s) were interrupted when QwenDesk last closed; what had arrived was kept.</source>
        <translation>
            <numerusform>QwenDesk पिछली बार बंद होने पर %n जवाब बाधित हुआ; जो आ चुका था वह रखा गया।</numerusform>
            <numerusform>QwenDesk पिछली बार बंद होने पर %n जवाब बाधित हुए; जो आ चुका था वह रखा गया।</numerusform>
        </translation>
    </message>
    <message>
        <source>The damaged history was kept as %1. A new history was started.</source>
        <translation>क्षतिग्रस्त इतिहास %1 के रूप में रखा गया। नया इतिहास शुरू किया गया।</translation>
    </message>
    <message>
        <source>The history is not available: %1</source>
        <translation>इतिहास उपलब्ध नहीं है: %1</translation>
    </message>
    <message>
        <source>no model is set and the demo model is missing</source>
        <translation>कोई मॉडल सेट नहीं है और डेमो मॉडल मौजूद नहीं है</translation>
    </message>
    <message>
        <source>Demo model</source>
        <translation>डेमो मॉडल</translation>
    </message>
    <message>
        <source>The model does not fit in memory: %1. Try a smaller or more quantised model.</source>
        <translation>मॉडल मेमोरी में नहीं समाता: %1। छोटा या अधिक क्वांटाइज़्ड मॉडल आज़माएँ।</translation>
    </message>
    <message>
        <source>The model could not be loaded: %1</source>
        <translation>मॉडल लोड नहीं हो सका: %1</translation>
    </message>
    <message>
        <source>The model is still loading; try again in a moment.</source>
        <translation>मॉडल अभी लोड हो रहा है; थोड़ी देर में फिर कोशिश करें।</translation>
    </message>
    <message>
        <source>No model is loaded. Choose one in Settings.</source>
        <translation>कोई मॉडल लोड नहीं है। सेटिंग्स में एक चुनें।</translation>
    </message>
    <message>
        <source>The answer stopped because the context is full.</source>
        <translation>संदर्भ भर जाने से जवाब रुक गया।</translation>
    </message>
    <message>
        <source>This conversation no longer fits in the model's context (%1). Choose in Settings to drop the oldest turns or truncate the middle, raise the context length, or start a new conversation.</source>
        <translation>यह बातचीत अब मॉडल के संदर्भ में नहीं समाती (%1)। सेटिंग्स में सबसे पुराने संवाद हटाना या बीच का भाग काटना चुनें, संदर्भ की लंबाई बढ़ाएँ, या नई बातचीत शुरू करें।</translation>
    </message>
    <message>
        <source>Out of memory while generating (%1). Try a shorter context length or a smaller model.</source>
        <translation>जवाब बनाते समय मेमोरी खत्म हो गई (%1)। छोटा संदर्भ या छोटा मॉडल आज़माएँ।</translation>
    </message>
    <message>
        <source>The answer could not be generated: %1</source>
        <translation>जवाब नहीं बन सका: %1</translation>
    </message>
    <message>
        <source>%1 (fork)</source>
        <translation>%1 (शाखा)</translation>
    </message>
    <message>
        <source>The connection was cut mid-answer; what arrived is kept (%1).</source>
        <translation>जवाब के बीच कनेक्शन टूट गया; जो आ चुका था वह रखा गया (%1)।</translation>
    </message>
    <message>
        <source>The server refused the API key (%1). Check the key in Settings.</source>
        <translation>सर्वर ने API कुंजी अस्वीकार कर दी (%1)। सेटिंग्स में कुंजी जाँचें।</translation>
    </message>
    <message>
        <source>The server is busy (%1). Try again in a moment.</source>
        <translation>सर्वर व्यस्त है (%1)। थोड़ी देर में फिर कोशिश करें।</translation>
    </message>
    <message>
        <source>The server cannot be reached: %1</source>
        <translation>सर्वर तक नहीं पहुँचा जा सका: %1</translation>
    </message>
    <message>
        <source>The server failed: %1</source>
        <translation>सर्वर विफल रहा: %1</translation>
    </message>
    <message>
        <source>The GPU stopped responding. Load the model again (on the GPU or the CPU) to go on.</source>
        <translation>GPU ने जवाब देना बंद कर दिया। आगे बढ़ने के लिए मॉडल फिर से लोड करें (GPU या CPU पर)।</translation>
    </message>
    <message>
        <source>The GPU stopped responding: %1</source>
        <translation>GPU ने जवाब देना बंद कर दिया: %1</translation>
    </message>
    <message>
        <source>QwenDesk could not restart itself. Close it and open it again to use the GPU.</source>
        <translation>QwenDesk खुद को फिर से शुरू नहीं कर सका। GPU इस्तेमाल करने के लिए इसे बंद करके फिर खोलें।</translation>
    </message>
    <message>
        <source>The GPU stopped responding; the answer was cut short and what arrived is kept.</source>
        <translation>GPU ने जवाब देना बंद कर दिया; उत्तर बीच में रुक गया, जो आ चुका था वह रखा गया है।</translation>
    </message>
</context>
<context>
    <name>qwendesk::app::HardwareInfo</name>
    <message>
        <source>dedicated</source>
        <translation>समर्पित</translation>
    </message>
    <message>
        <source>integrated</source>
        <translation>एकीकृत</translation>
    </message>
    <message>
        <source>virtual</source>
        <translation>वर्चुअल</translation>
    </message>
    <message>
        <source>software, runs on the CPU</source>
        <translation>सॉफ़्टवेयर, CPU पर चलता है</translation>
    </message>
    <message>
        <source>other</source>
        <translation>अन्य</translation>
    </message>
    <message>
        <source>working</source>
        <translation>काम कर रहा है</translation>
    </message>
    <message>
        <source>not built into this version</source>
        <translation>इस संस्करण में शामिल नहीं</translation>
    </message>
    <message>
        <source>no driver</source>
        <translation>कोई ड्राइवर नहीं</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>विफल</translation>
    </message>
    <message>
        <source>Automatic (the planner's choice)</source>
        <translation>स्वचालित (प्लानर का चुनाव)</translation>
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
        <translation>CUDA (NVIDIA GPU)</translation>
    </message>
    <message>
        <source>the CPU</source>
        <translation>CPU</translation>
    </message>
    <message>
        <source>%1 cores / %2 threads</source>
        <translation>%1 कोर / %2 थ्रेड</translation>
    </message>
    <message>
        <source>%1 threads</source>
        <translation>%1 थ्रेड</translation>
    </message>
    <message>
        <source>%1 (%2), %3, %4 kernels</source>
        <translation>%1 (%2), %3, %4 कर्नेल</translation>
    </message>
    <message>
        <source>described CPU</source>
        <translation>वर्णित CPU</translation>
    </message>
    <message>
        <source>%1 cores</source>
        <translation>%1 कोर</translation>
    </message>
    <message>
        <source>%1 kernels</source>
        <translation>%1 कर्नेल</translation>
    </message>
    <message>
        <source>%1 (%2 available now)</source>
        <translation>%1 (अभी %2 उपलब्ध)</translation>
    </message>
    <message>
        <source>NVIDIA driver, CUDA %1</source>
        <translation>NVIDIA ड्राइवर, CUDA %1</translation>
    </message>
    <message>
        <source>%1, Vulkan %2</source>
        <translation>%1, Vulkan %2</translation>
    </message>
    <message>
        <source>described, not probed</source>
        <translation>वर्णित, जाँचा नहीं गया</translation>
    </message>
    <message>
        <source>no API</source>
        <translation>कोई API नहीं</translation>
    </message>
    <message>
        <source>No GPU found.</source>
        <translation>कोई GPU नहीं मिला।</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message numerus="yes">
        <source>%n device(s)</source>
        <translation>
            <numerusform>%n डिवाइस</numerusform>
            <numerusform>%n डिवाइस</numerusform>
        </translation>
    </message>
    <message>
        <source>Planned on %1 with %2 tokens of context: %3 of %4 usable — %5</source>
        <translation>%1 पर %2 टोकन संदर्भ के साथ योजना: %4 उपयोग योग्य में से %3 — %5</translation>
    </message>
    <message>
        <source>%1 of weights (exact, from the file)</source>
        <translation>%1 वेट (सटीक, फ़ाइल से)</translation>
    </message>
    <message>
        <source>%1 of weights (estimated)</source>
        <translation>%1 वेट (अनुमानित)</translation>
    </message>
    <message>
        <source>weights %1 + KV cache %2 + working %3 + runtime %4 = %5 of %6 usable (%7, %8 kept free)</source>
        <translation>वेट %1 + KV कैश %2 + कार्य %3 + रनटाइम %4 = %6 उपयोग योग्य में से %5 (%7, %8 खाली रखा)</translation>
    </message>
    <message>
        <source>roughly %1 tokens/s when generating</source>
        <translation>जवाब बनाते समय लगभग %1 टोकन/से</translation>
    </message>
    <message>
        <source>Loading %1…</source>
        <translation>%1 लोड हो रहा है…</translation>
    </message>
    <message>
        <source>No model is loaded.</source>
        <translation>कोई मॉडल लोड नहीं है।</translation>
    </message>
    <message>
        <source>New messages are answered by the remote engine %1.</source>
        <translation>नए संदेशों का जवाब रिमोट इंजन %1 देता है।</translation>
    </message>
    <message>
        <source>%1 runs on %2 with %3 tokens of context.</source>
        <translation>%1, %2 पर %3 टोकन संदर्भ के साथ चल रहा है।</translation>
    </message>
    <message>
        <source>No Qwen3 model runs comfortably here; models marked tight may still load but leave little room or run slowly.</source>
        <translation>यहाँ कोई Qwen3 मॉडल आराम से नहीं चलता; तंग चिह्नित मॉडल लोड हो सकते हैं पर कम जगह छोड़ते हैं या धीमे चलते हैं।</translation>
    </message>
    <message>
        <source>Best pick for this computer: %1 %2 on %3 with %4 tokens of context.</source>
        <translation>इस कंप्यूटर के लिए सबसे अच्छा: %1 %2, %3 पर, %4 टोकन संदर्भ के साथ।</translation>
    </message>
    <message>
        <source>Split with the CPU: %1 of %2 layers on the GPU</source>
        <translation>CPU के साथ बँटा: %2 में से %1 परतें GPU पर</translation>
    </message>
    <message>
        <source>experts of layers %1 in RAM</source>
        <translation>परतों %1 के एक्सपर्ट RAM में</translation>
    </message>
    <message>
        <source>%1 in RAM</source>
        <translation>RAM में %1</translation>
    </message>
    <message>
        <source>Automatic</source>
        <translation>स्वचालित</translation>
    </message>
    <message>
        <source>None (every expert on the GPU)</source>
        <translation>कोई नहीं (सभी एक्सपर्ट GPU पर)</translation>
    </message>
    <message>
        <source>All (every layer's experts in RAM)</source>
        <translation>सभी (हर परत के एक्सपर्ट RAM में)</translation>
    </message>
    <message>
        <source>These layers…</source>
        <translation>ये परतें…</translation>
    </message>
    <message>
        <source>The model's layers are not known yet; wait until its plan is shown.</source>
        <translation>मॉडल की परतें अभी पता नहीं हैं; उसकी योजना दिखने तक रुकें।</translation>
    </message>
</context>
<context>
    <name>qwendesk::app::RemoteEngines</name>
    <message>
        <source>The base URL must start with http:// or https://</source>
        <translation>बेस URL http:// या https:// से शुरू होना चाहिए</translation>
    </message>
    <message>
        <source>no such remote engine</source>
        <translation>ऐसा कोई रिमोट इंजन नहीं है</translation>
    </message>
</context>
<context>
    <name>qwendesk::ui::RecommendationModel</name>
    <message>
        <source>fits</source>
        <translation>समाता है</translation>
    </message>
    <message>
        <source>tight</source>
        <translation>तंग</translation>
    </message>
    <message>
        <source>too large</source>
        <translation>बहुत बड़ा</translation>
    </message>
</context>
</TS>
