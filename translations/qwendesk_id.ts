<?xml version='1.0' encoding='utf-8'?>
<!DOCTYPE TS>
<TS version="2.1" language="id">
<context>
    <name>ChatView</name>
    <message>
        <source>New chat</source>
        <translation>Obrolan baru</translation>
    </message>
    <message>
        <source>Loading %1…</source>
        <translation>Memuat %1…</translation>
    </message>
    <message>
        <source>Demo model — random weights, produces random text</source>
        <translation>Model demo — bobot acak, menghasilkan teks acak</translation>
    </message>
    <message>
        <source>Choose a model…</source>
        <translation>Pilih model…</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Pengaturan</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>Tutup</translation>
    </message>
    <message>
        <source>Ask anything. Everything stays on this computer.</source>
        <translation>Tanyakan apa saja. Semuanya tetap di komputer ini.</translation>
    </message>
    <message>
        <source>This session runs on the CPU because the GPU stopped responding. The backend chosen in Settings is unchanged.</source>
        <translation>Sesi ini berjalan di CPU karena GPU berhenti merespons. Backend yang dipilih di Pengaturan tidak berubah.</translation>
    </message>
    <message>
        <source>Try the GPU again</source>
        <translation>Coba GPU lagi</translation>
    </message>
</context>
<context>
    <name>CodeBlock</name>
    <message>
        <source>code</source>
        <translation>kode</translation>
    </message>
    <message>
        <source>Copied</source>
        <translation>Tersalin</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Salin</translation>
    </message>
</context>
<context>
    <name>Composer</name>
    <message>
        <source>Message QwenDesk… (/think or /no_think switch the mode)</source>
        <translation>Kirim pesan ke QwenDesk… (/think atau /no_think mengganti mode)</translation>
    </message>
    <message>
        <source>Think</source>
        <translation>Berpikir</translation>
    </message>
    <message>
        <source>Thinking mode: the model reasons before it answers</source>
        <translation>Mode berpikir: model bernalar sebelum menjawab</translation>
    </message>
    <message>
        <source>Non-thinking mode: the model answers directly</source>
        <translation>Mode tanpa berpikir: model langsung menjawab</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Berhenti</translation>
    </message>
    <message>
        <source>Send</source>
        <translation>Kirim</translation>
    </message>
</context>
<context>
    <name>ContextGauge</name>
    <message>
        <source>Context %1 / %2</source>
        <translation>Konteks %1 / %2</translation>
    </message>
    <message>
        <source>Context —</source>
        <translation>Konteks —</translation>
    </message>
</context>
<context>
    <name>ConversationDelegate</name>
    <message>
        <source>Rename</source>
        <translation>Ganti nama</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Hapus</translation>
    </message>
</context>
<context>
    <name>DeviceLostBanner</name>
    <message>
        <source>The GPU stopped responding. Your conversation is kept; load the model again to go on.</source>
        <translation>GPU berhenti merespons. Percakapan Anda tetap tersimpan; muat ulang model untuk melanjutkan.</translation>
    </message>
    <message>
        <source>CUDA cannot use the GPU again until QwenDesk restarts.</source>
        <translation>CUDA tidak dapat memakai GPU lagi sampai QwenDesk dimulai ulang.</translation>
    </message>
    <message>
        <source>Restart QwenDesk</source>
        <translation>Mulai ulang QwenDesk</translation>
    </message>
    <message>
        <source>Reload on the GPU</source>
        <translation>Muat ulang di GPU</translation>
    </message>
    <message>
        <source>Continue on the CPU</source>
        <translation>Lanjutkan di CPU</translation>
    </message>
    <message>
        <source>For this session only; the backend chosen in Settings stays as it is.</source>
        <translation>Hanya untuk sesi ini; backend yang dipilih di Pengaturan tetap sama.</translation>
    </message>
</context>
<context>
    <name>EditDialog</name>
    <message>
        <source>Edit and resend</source>
        <translation>Sunting dan kirim ulang</translation>
    </message>
    <message>
        <source>Edit the answer</source>
        <translation>Sunting jawaban</translation>
    </message>
</context>
<context>
    <name>EngineChooser</name>
    <message>
        <source>New messages are answered by %1.</source>
        <translation>Pesan baru dijawab oleh %1.</translation>
    </message>
    <message>
        <source>Loading %1…</source>
        <translation>Memuat %1…</translation>
    </message>
    <message>
        <source>This computer</source>
        <translation>Komputer ini</translation>
    </message>
    <message>
        <source>Choose a model folder or file, or use the demo model.</source>
        <translation>Pilih folder atau berkas model, atau gunakan model demo.</translation>
    </message>
    <message>
        <source>Demo model — random weights, produces random text</source>
        <translation>Model demo — bobot acak, menghasilkan teks acak</translation>
    </message>
    <message>
        <source>Folder…</source>
        <translation>Folder…</translation>
    </message>
    <message>
        <source>File…</source>
        <translation>Berkas…</translation>
    </message>
    <message>
        <source>Use the demo model</source>
        <translation>Gunakan model demo</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Segarkan</translation>
    </message>
    <message>
        <source>Use</source>
        <translation>Gunakan</translation>
    </message>
    <message>
        <source>Asking the server for its models…</source>
        <translation>Meminta daftar model ke server…</translation>
    </message>
    <message>
        <source>Could not list the models: %1</source>
        <translation>Tidak dapat menampilkan daftar model: %1</translation>
    </message>
</context>
<context>
    <name>FirstRunDialog</name>
    <message>
        <source>Welcome to QwenDesk</source>
        <translation>Selamat datang di QwenDesk</translation>
    </message>
    <message>
        <source>Choose a model folder</source>
        <translation>Pilih folder model</translation>
    </message>
    <message>
        <source>Choose a model file</source>
        <translation>Pilih berkas model</translation>
    </message>
    <message>
        <source>GGUF models (*.gguf)</source>
        <translation>Model GGUF (*.gguf)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Semua berkas (*)</translation>
    </message>
    <message>
        <source>QwenDesk runs Qwen3 models on this computer, offline. Choose a model folder (Hugging Face safetensors) or a GGUF file.</source>
        <translation>QwenDesk menjalankan model Qwen3 di komputer ini secara luring. Pilih folder model (safetensors Hugging Face) atau berkas GGUF.</translation>
    </message>
    <message>
        <source>Until then the built-in demo model is loaded so every screen works. Demo model — random weights, produces random text.</source>
        <translation>Sementara itu model demo bawaan dimuat agar semua layar berfungsi. Model demo — bobot acak, menghasilkan teks acak.</translation>
    </message>
    <message>
        <source>Choose a folder…</source>
        <translation>Pilih folder…</translation>
    </message>
    <message>
        <source>Choose a file…</source>
        <translation>Pilih berkas…</translation>
    </message>
    <message>
        <source>Use the demo model</source>
        <translation>Gunakan model demo</translation>
    </message>
</context>
<context>
    <name>HardwareSection</name>
    <message>
        <source>Looking at this computer's processors…</source>
        <translation>Memeriksa prosesor komputer ini…</translation>
    </message>
    <message>
        <source>The hardware could not be probed: %1</source>
        <translation>Perangkat keras tidak dapat diperiksa: %1</translation>
    </message>
    <message>
        <source>CPU</source>
        <translation>CPU</translation>
    </message>
    <message>
        <source>Memory</source>
        <translation>Memori</translation>
    </message>
    <message>
        <source>GPUs</source>
        <translation>GPU</translation>
    </message>
    <message>
        <source>%1 — %2, %3 memory, %4</source>
        <translation>%1 — %2, memori %3, %4</translation>
    </message>
    <message>
        <source>Driver: %1</source>
        <translation>Driver: %1</translation>
    </message>
    <message>
        <source>Built in</source>
        <translation>Bawaan</translation>
    </message>
    <message>
        <source>Backend</source>
        <translation>Backend</translation>
    </message>
    <message>
        <source>Automatic lets QwenDesk choose. Choosing a backend forces it, and the model is loaded again.</source>
        <translation>Otomatis membiarkan QwenDesk memilih. Memilih backend akan memaksakannya, dan model dimuat ulang.</translation>
    </message>
    <message>
        <source>GPU layers</source>
        <translation>Lapisan di GPU</translation>
    </message>
    <message>
        <source>Automatic</source>
        <translation>Otomatis</translation>
    </message>
    <message numerus="yes">
        <source>of %n layer(s)</source>
        <translation>
            <numerusform>dari %n lapisan</numerusform>
        </translation>
    </message>
    <message>
        <source>MoE experts in RAM</source>
        <translation>Expert MoE di RAM</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>Terapkan</translation>
    </message>
    <message>
        <source>Automatic follows the plan, which splits a model too large for the GPU with the CPU. A number puts that many layers on the GPU and the rest on the CPU; experts kept in RAM run on the CPU. The plan above shows the result, and the model is loaded again.</source>
        <translation>Otomatis mengikuti rencana, yang membagi model yang terlalu besar untuk GPU dengan CPU. Sebuah angka menaruh sebanyak itu lapisan di GPU dan sisanya di CPU; expert yang disimpan di RAM berjalan di CPU. Rencana di atas menunjukkan hasilnya, dan model dimuat ulang.</translation>
    </message>
    <message>
        <source>A split between the GPU and the CPU needs a GPU backend: choose Automatic, Vulkan or CUDA above.</source>
        <translation>Pembagian antara GPU dan CPU memerlukan backend GPU: pilih Otomatis, Vulkan, atau CUDA di atas.</translation>
    </message>
</context>
<context>
    <name>HistoryErrorDialog</name>
    <message>
        <source>The chat history cannot be opened</source>
        <translation>Riwayat obrolan tidak dapat dibuka</translation>
    </message>
    <message>
        <source>Close the other QwenDesk window, then try again.</source>
        <translation>Tutup jendela QwenDesk yang lain, lalu coba lagi.</translation>
    </message>
    <message>
        <source>QwenDesk can keep the old file under a new name and start an empty history. Nothing is deleted.</source>
        <translation>QwenDesk dapat menyimpan berkas lama dengan nama baru dan memulai riwayat kosong. Tidak ada yang dihapus.</translation>
    </message>
    <message>
        <source>Try again</source>
        <translation>Coba lagi</translation>
    </message>
    <message>
        <source>Keep the old file and start a new history</source>
        <translation>Simpan berkas lama dan mulai riwayat baru</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Keluar</translation>
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
            <numerusform>%n pesan sebelumnya dihilangkan agar muat di konteks.</numerusform>
        </translation>
    </message>
    <message>
        <source>Interrupted: QwenDesk closed before this answer finished.</source>
        <translation>Terputus: QwenDesk ditutup sebelum jawaban ini selesai.</translation>
    </message>
    <message>
        <source>Stopped.</source>
        <translation>Dihentikan.</translation>
    </message>
    <message>
        <source>Previous version</source>
        <translation>Versi sebelumnya</translation>
    </message>
    <message>
        <source>%1 / %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <source>Next version</source>
        <translation>Versi berikutnya</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Salin</translation>
    </message>
    <message>
        <source>Regenerate</source>
        <translation>Buat ulang</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>Sunting</translation>
    </message>
    <message>
        <source>Fork</source>
        <translation>Cabangkan</translation>
    </message>
    <message>
        <source>Start a new conversation from here</source>
        <translation>Mulai percakapan baru dari sini</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Hapus</translation>
    </message>
    <message>
        <source>Delete this message and what follows it</source>
        <translation>Hapus pesan ini dan yang sesudahnya</translation>
    </message>
    <message>
        <source>%1 tokens/s · context %2 / %3</source>
        <translation>%1 token/dtk · konteks %2 / %3</translation>
    </message>
    <message>
        <source>thinking mode</source>
        <translation>mode berpikir</translation>
    </message>
    <message>
        <source>non-thinking mode</source>
        <translation>mode tanpa berpikir</translation>
    </message>
    <message>
        <source>Answered by %1</source>
        <translation>Dijawab oleh %1</translation>
    </message>
</context>
<context>
    <name>ModelFitList</name>
    <message>
        <source>Checking which models fit this computer…</source>
        <translation>Memeriksa model yang muat di komputer ini…</translation>
    </message>
    <message>
        <source>Hide the table</source>
        <translation>Sembunyikan tabel</translation>
    </message>
    <message>
        <source>Show every model and quantisation</source>
        <translation>Tampilkan semua model dan kuantisasi</translation>
    </message>
    <message>
        <source>Estimated for %1 tokens of context (Settings → Context length). ★ marks the best quantisation of each model.</source>
        <translation>Perkiraan untuk konteks %1 token (Pengaturan → Panjang konteks). ★ menandai kuantisasi terbaik tiap model.</translation>
    </message>
    <message>
        <source>%1 tokens</source>
        <translation>%1 token</translation>
    </message>
    <message>
        <source>CPU</source>
        <translation>CPU</translation>
    </message>
    <message>
        <source>~%1 tok/s</source>
        <translation>~%1 token/dtk</translation>
    </message>
</context>
<context>
    <name>ModelPlanView</name>
    <message>
        <source>Why</source>
        <translation>Alasan</translation>
    </message>
    <message>
        <source>No plan for this model: %1</source>
        <translation>Tidak ada rencana untuk model ini: %1</translation>
    </message>
    <message>
        <source>Planning where this model runs…</source>
        <translation>Merencanakan tempat model ini berjalan…</translation>
    </message>
</context>
<context>
    <name>RemoteEngineDelegate</name>
    <message>
        <source>API key stored</source>
        <translation>Kunci API tersimpan</translation>
    </message>
    <message>
        <source>No API key</source>
        <translation>Tanpa kunci API</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Edit…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Hapus</translation>
    </message>
    <message>
        <source>Remove this engine and its stored API key</source>
        <translation>Hapus mesin ini beserta kunci API yang tersimpan</translation>
    </message>
</context>
<context>
    <name>RemoteEngineDialog</name>
    <message>
        <source>Edit remote engine</source>
        <translation>Edit mesin jarak jauh</translation>
    </message>
    <message>
        <source>Add a remote engine</source>
        <translation>Tambahkan mesin jarak jauh</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nama</translation>
    </message>
    <message>
        <source>GPU cluster</source>
        <translation>Klaster GPU</translation>
    </message>
    <message>
        <source>Base URL</source>
        <translation>URL dasar</translation>
    </message>
    <message>
        <source>API key</source>
        <translation>Kunci API</translation>
    </message>
    <message>
        <source>Stored — type a new key to replace it</source>
        <translation>Tersimpan — ketik kunci baru untuk menggantinya</translation>
    </message>
    <message>
        <source>None (optional)</source>
        <translation>Tidak ada (opsional)</translation>
    </message>
    <message>
        <source>Remove the stored key</source>
        <translation>Hapus kunci yang tersimpan</translation>
    </message>
    <message>
        <source>Thinking toggle</source>
        <translation>Sakelar berpikir</translation>
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
        <translation>Uji koneksi</translation>
    </message>
    <message>
        <source>Connection failed: %1</source>
        <translation>Koneksi gagal: %1</translation>
    </message>
    <message numerus="yes">
        <source>Connected. %n model(s) available:</source>
        <translation>
            <numerusform>Terhubung. %n model tersedia:</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RemoteEnginesSection</name>
    <message>
        <source>None yet. Add a vLLM, SGLang, llama.cpp, Ollama or QwenDesk server to chat with models too large for this computer.</source>
        <translation>Belum ada. Tambahkan server vLLM, SGLang, llama.cpp, Ollama, atau QwenDesk untuk mengobrol dengan model yang terlalu besar untuk komputer ini.</translation>
    </message>
    <message>
        <source>Add engine…</source>
        <translation>Tambah mesin…</translation>
    </message>
    <message>
        <source>API keys are kept in a file only you can read (secrets.ini), in plain text: no system keychain is available.</source>
        <translation>Kunci API disimpan dalam berkas yang hanya bisa Anda baca (secrets.ini), dalam teks biasa: tidak ada keychain sistem yang tersedia.</translation>
    </message>
    <message>
        <source>API keys are kept in the system keychain.</source>
        <translation>Kunci API disimpan di keychain sistem.</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Pengaturan</translation>
    </message>
    <message>
        <source>Choose a model folder</source>
        <translation>Pilih folder model</translation>
    </message>
    <message>
        <source>Choose a model file</source>
        <translation>Pilih berkas model</translation>
    </message>
    <message>
        <source>GGUF models (*.gguf)</source>
        <translation>Model GGUF (*.gguf)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Semua berkas (*)</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Model</translation>
    </message>
    <message>
        <source>Demo model — random weights, produces random text</source>
        <translation type="vanished">Model demo — bobot acak, menghasilkan teks acak</translation>
    </message>
    <message>
        <source>Folder…</source>
        <translation type="vanished">Folder…</translation>
    </message>
    <message>
        <source>File…</source>
        <translation type="vanished">Berkas…</translation>
    </message>
    <message>
        <source>Use the demo model</source>
        <translation type="vanished">Gunakan model demo</translation>
    </message>
    <message>
        <source>Context length</source>
        <translation>Panjang konteks</translation>
    </message>
    <message>
        <source>When the context is full</source>
        <translation>Saat konteks penuh</translation>
    </message>
    <message>
        <source>Stop and tell me</source>
        <translation>Berhenti dan beri tahu saya</translation>
    </message>
    <message>
        <source>Drop the oldest turns (keep the system prompt)</source>
        <translation>Buang giliran terlama (pertahankan prompt sistem)</translation>
    </message>
    <message>
        <source>Truncate the middle (keep the first exchange)</source>
        <translation>Potong bagian tengah (pertahankan percakapan pertama)</translation>
    </message>
    <message>
        <source>Sampling</source>
        <translation>Sampling</translation>
    </message>
    <message>
        <source>Recommended for the message's mode</source>
        <translation>Disarankan untuk mode pesan</translation>
    </message>
    <message>
        <source>Custom</source>
        <translation>Kustom</translation>
    </message>
    <message>
        <source>Temperature</source>
        <translation>Suhu</translation>
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
        <translation>Preset berpikir</translation>
    </message>
    <message>
        <source>Non-thinking preset</source>
        <translation>Preset tanpa berpikir</translation>
    </message>
    <message>
        <source>Longest answer (tokens)</source>
        <translation>Jawaban terpanjang (token)</translation>
    </message>
    <message>
        <source>System prompt</source>
        <translation>Prompt sistem</translation>
    </message>
    <message>
        <source>Optional instructions for every conversation</source>
        <translation>Instruksi opsional untuk setiap percakapan</translation>
    </message>
    <message>
        <source>Backend</source>
        <translation type="vanished">Backend</translation>
    </message>
    <message>
        <source>Automatic</source>
        <translation type="vanished">Otomatis</translation>
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
        <translation>Ikuti sistem</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Terang</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Gelap</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Bahasa</translation>
    </message>
    <message>
        <source>Thinking panel</source>
        <translation>Panel berpikir</translation>
    </message>
    <message>
        <source>Collapse when the answer starts</source>
        <translation>Ciutkan saat jawaban dimulai</translation>
    </message>
    <message>
        <source>Remote engines</source>
        <translation>Mesin jarak jauh</translation>
    </message>
    <message>
        <source>Qwen3 models</source>
        <translation>Model Qwen3</translation>
    </message>
    <message>
        <source>Hardware</source>
        <translation>Perangkat keras</translation>
    </message>
</context>
<context>
    <name>Sidebar</name>
    <message>
        <source>New chat</source>
        <translation>Obrolan baru</translation>
    </message>
    <message>
        <source>Search all messages</source>
        <translation>Cari semua pesan</translation>
    </message>
    <message>
        <source>No conversations yet</source>
        <translation>Belum ada percakapan</translation>
    </message>
    <message>
        <source>No messages match</source>
        <translation>Tidak ada pesan yang cocok</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Pengaturan</translation>
    </message>
</context>
<context>
    <name>ThinkingPanel</name>
    <message numerus="yes">
        <source>Thinking… %n s</source>
        <translation>
            <numerusform>Berpikir… %n dtk</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Thought for %n s</source>
        <translation>
            <numerusform>Berpikir selama %n dtk</numerusform>
        </translation>
    </message>
    <message>
        <source>Hide the thinking</source>
        <translation>Sembunyikan pemikiran</translation>
    </message>
    <message>
        <source>Show the thinking</source>
        <translation>Tampilkan pemikiran</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Salin</translation>
    </message>
</context>
<context>
    <name>UndoBar</name>
    <message>
        <source>Deleted “%1”</source>
        <translation>“%1” dihapus</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Urungkan</translation>
    </message>
</context>
<context>
    <name>qwendesk::app::ChatController</name>
    <message>
        <source>New chat</source>
        <translation>Obrolan baru</translation>
    </message>
    <message>
        <source>The history could not be saved: %1</source>
        <translation>Riwayat tidak dapat disimpan: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n answer(s) were interrupted when QwenDesk last closed; what had arrived was kept.</source>
        <translation>
            <numerusform>%n jawaban terputus saat QwenDesk terakhir ditutup; bagian yang sudah diterima tetap disimpan.</numerusform>
        </translation>
    </message>
    <message>
        <source>The damaged history was kept as %1. A new history was started.</source>
        <translation>Riwayat yang rusak disimpan sebagai %1. Riwayat baru telah dimulai.</translation>
    </message>
    <message>
        <source>The history is not available: %1</source>
        <translation>Riwayat tidak tersedia: %1</translation>
    </message>
    <message>
        <source>no model is set and the demo model is missing</source>
        <translation>tidak ada model yang diatur dan model demo tidak ada</translation>
    </message>
    <message>
        <source>Demo model</source>
        <translation>Model demo</translation>
    </message>
    <message>
        <source>The model does not fit in memory: %1. Try a smaller or more quantised model.</source>
        <translation>Model tidak muat di memori: %1. Coba model yang lebih kecil atau lebih terkuantisasi.</translation>
    </message>
    <message>
        <source>The model could not be loaded: %1</source>
        <translation>Model tidak dapat dimuat: %1</translation>
    </message>
    <message>
        <source>The model is still loading; try again in a moment.</source>
        <translation>Model masih dimuat; coba lagi sebentar lagi.</translation>
    </message>
    <message>
        <source>No model is loaded. Choose one in Settings.</source>
        <translation>Tidak ada model yang dimuat. Pilih di Pengaturan.</translation>
    </message>
    <message>
        <source>The answer stopped because the context is full.</source>
        <translation>Jawaban berhenti karena konteks penuh.</translation>
    </message>
    <message>
        <source>This conversation no longer fits in the model's context (%1). Choose in Settings to drop the oldest turns or truncate the middle, raise the context length, or start a new conversation.</source>
        <translation>Percakapan ini tidak lagi muat di konteks model (%1). Pilih di Pengaturan untuk membuang giliran terlama atau memotong bagian tengah, perbesar panjang konteks, atau mulai percakapan baru.</translation>
    </message>
    <message>
        <source>Out of memory while generating (%1). Try a shorter context length or a smaller model.</source>
        <translation>Memori habis saat membuat jawaban (%1). Coba panjang konteks yang lebih pendek atau model yang lebih kecil.</translation>
    </message>
    <message>
        <source>The answer could not be generated: %1</source>
        <translation>Jawaban tidak dapat dibuat: %1</translation>
    </message>
    <message>
        <source>%1 (fork)</source>
        <translation>%1 (cabang)</translation>
    </message>
    <message>
        <source>The connection was cut mid-answer; what arrived is kept (%1).</source>
        <translation>Koneksi terputus di tengah jawaban; bagian yang sudah diterima disimpan (%1).</translation>
    </message>
    <message>
        <source>The server refused the API key (%1). Check the key in Settings.</source>
        <translation>Server menolak kunci API (%1). Periksa kunci di Pengaturan.</translation>
    </message>
    <message>
        <source>The server is busy (%1). Try again in a moment.</source>
        <translation>Server sedang sibuk (%1). Coba lagi sebentar lagi.</translation>
    </message>
    <message>
        <source>The server cannot be reached: %1</source>
        <translation>Server tidak dapat dijangkau: %1</translation>
    </message>
    <message>
        <source>The server failed: %1</source>
        <translation>Server gagal: %1</translation>
    </message>
    <message>
        <source>The GPU stopped responding. Load the model again (on the GPU or the CPU) to go on.</source>
        <translation>GPU berhenti merespons. Muat ulang model (di GPU atau CPU) untuk melanjutkan.</translation>
    </message>
    <message>
        <source>The GPU stopped responding: %1</source>
        <translation>GPU berhenti merespons: %1</translation>
    </message>
    <message>
        <source>QwenDesk could not restart itself. Close it and open it again to use the GPU.</source>
        <translation>QwenDesk tidak dapat memulai ulang sendiri. Tutup lalu buka lagi untuk memakai GPU.</translation>
    </message>
    <message>
        <source>The GPU stopped responding; the answer was cut short and what arrived is kept.</source>
        <translation>GPU berhenti merespons; jawaban terpotong dan yang sudah diterima tetap disimpan.</translation>
    </message>
</context>
<context>
    <name>qwendesk::app::HardwareInfo</name>
    <message>
        <source>dedicated</source>
        <translation>khusus</translation>
    </message>
    <message>
        <source>integrated</source>
        <translation>terintegrasi</translation>
    </message>
    <message>
        <source>virtual</source>
        <translation>virtual</translation>
    </message>
    <message>
        <source>software, runs on the CPU</source>
        <translation>perangkat lunak, berjalan di CPU</translation>
    </message>
    <message>
        <source>other</source>
        <translation>lainnya</translation>
    </message>
    <message>
        <source>working</source>
        <translation>berfungsi</translation>
    </message>
    <message>
        <source>not built into this version</source>
        <translation>tidak disertakan dalam versi ini</translation>
    </message>
    <message>
        <source>no driver</source>
        <translation>tidak ada driver</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>gagal</translation>
    </message>
    <message>
        <source>Automatic (the planner's choice)</source>
        <translation>Otomatis (pilihan perencana)</translation>
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
        <translation>%1 inti / %2 thread</translation>
    </message>
    <message>
        <source>%1 threads</source>
        <translation>%1 thread</translation>
    </message>
    <message>
        <source>%1 (%2), %3, %4 kernels</source>
        <translation>%1 (%2), %3, kernel %4</translation>
    </message>
    <message>
        <source>described CPU</source>
        <translation>CPU yang dideskripsikan</translation>
    </message>
    <message>
        <source>%1 cores</source>
        <translation>%1 inti</translation>
    </message>
    <message>
        <source>%1 kernels</source>
        <translation>kernel %1</translation>
    </message>
    <message>
        <source>%1 (%2 available now)</source>
        <translation>%1 (%2 tersedia sekarang)</translation>
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
        <translation>dideskripsikan, tidak diperiksa</translation>
    </message>
    <message>
        <source>no API</source>
        <translation>tidak ada API</translation>
    </message>
    <message>
        <source>No GPU found.</source>
        <translation>Tidak ada GPU.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message numerus="yes">
        <source>%n device(s)</source>
        <translation>
            <numerusform>%n perangkat</numerusform>
        </translation>
    </message>
    <message>
        <source>Planned on %1 with %2 tokens of context: %3 of %4 usable — %5</source>
        <translation>Direncanakan di %1 dengan konteks %2 token: %3 dari %4 yang dapat dipakai — %5</translation>
    </message>
    <message>
        <source>%1 of weights (exact, from the file)</source>
        <translation>bobot %1 (tepat, dari berkas)</translation>
    </message>
    <message>
        <source>%1 of weights (estimated)</source>
        <translation>bobot %1 (perkiraan)</translation>
    </message>
    <message>
        <source>weights %1 + KV cache %2 + working %3 + runtime %4 = %5 of %6 usable (%7, %8 kept free)</source>
        <translation>bobot %1 + cache KV %2 + kerja %3 + runtime %4 = %5 dari %6 yang dapat dipakai (%7, %8 dibiarkan kosong)</translation>
    </message>
    <message>
        <source>roughly %1 tokens/s when generating</source>
        <translation>sekitar %1 token/dtk saat membuat jawaban</translation>
    </message>
    <message>
        <source>Loading %1…</source>
        <translation>Memuat %1…</translation>
    </message>
    <message>
        <source>No model is loaded.</source>
        <translation>Tidak ada model yang dimuat.</translation>
    </message>
    <message>
        <source>New messages are answered by the remote engine %1.</source>
        <translation>Pesan baru dijawab oleh mesin jarak jauh %1.</translation>
    </message>
    <message>
        <source>%1 runs on %2 with %3 tokens of context.</source>
        <translation>%1 berjalan di %2 dengan konteks %3 token.</translation>
    </message>
    <message>
        <source>No Qwen3 model runs comfortably here; models marked tight may still load but leave little room or run slowly.</source>
        <translation>Tidak ada model Qwen3 yang berjalan lancar di sini; model bertanda pas-pasan mungkin dimuat tetapi menyisakan sedikit ruang atau lambat.</translation>
    </message>
    <message>
        <source>Best pick for this computer: %1 %2 on %3 with %4 tokens of context.</source>
        <translation>Pilihan terbaik untuk komputer ini: %1 %2 di %3 dengan konteks %4 token.</translation>
    </message>
    <message>
        <source>Split with the CPU: %1 of %2 layers on the GPU</source>
        <translation>Dibagi dengan CPU: %1 dari %2 lapisan di GPU</translation>
    </message>
    <message>
        <source>experts of layers %1 in RAM</source>
        <translation>expert lapisan %1 di RAM</translation>
    </message>
    <message>
        <source>%1 in RAM</source>
        <translation>%1 di RAM</translation>
    </message>
    <message>
        <source>Automatic</source>
        <translation>Otomatis</translation>
    </message>
    <message>
        <source>None (every expert on the GPU)</source>
        <translation>Tidak ada (semua expert di GPU)</translation>
    </message>
    <message>
        <source>All (every layer's experts in RAM)</source>
        <translation>Semua (expert setiap lapisan di RAM)</translation>
    </message>
    <message>
        <source>These layers…</source>
        <translation>Lapisan ini…</translation>
    </message>
    <message>
        <source>The model's layers are not known yet; wait until its plan is shown.</source>
        <translation>Lapisan model belum diketahui; tunggu sampai rencananya ditampilkan.</translation>
    </message>
</context>
<context>
    <name>qwendesk::app::RemoteEngines</name>
    <message>
        <source>The base URL must start with http:// or https://</source>
        <translation>URL dasar harus diawali http:// atau https://</translation>
    </message>
    <message>
        <source>no such remote engine</source>
        <translation>mesin jarak jauh tidak ditemukan</translation>
    </message>
</context>
<context>
    <name>qwendesk::ui::RecommendationModel</name>
    <message>
        <source>fits</source>
        <translation>muat</translation>
    </message>
    <message>
        <source>tight</source>
        <translation>pas-pasan</translation>
    </message>
    <message>
        <source>too large</source>
        <translation>terlalu besar</translation>
    </message>
</context>
</TS>
