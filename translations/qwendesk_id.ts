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
        <translation>Backend</translation>
    </message>
    <message>
        <source>Automatic</source>
        <translation>Otomatis</translation>
    </message>
    <message>
        <source>CPU</source>
        <translation>CPU</translation>
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
</TS>
