// A fixed pool of worker threads for the engine's data-parallel kernels.
// - The caller takes part in every job, and work is handed out in chunks through an atomic counter, so a
//   worker that the OS has descheduled (a desktop machine is never idle) delays only the chunk it holds,
//   never the whole job: the caller and the other workers take the rest.
// - Workers spin briefly before sleeping, because a decode step issues hundreds of short jobs and a
//   sleep/wake round trip per job would cost more than the work.
#pragma once

#include <algorithm>
#include <atomic>
#include <condition_variable>
#include <cstdint>
#include <functional>
#include <memory>
#include <mutex>
#include <thread>
#include <vector>

namespace qwendesk {

class ThreadPool {
public:
    // n_threads <= 0 means one per hardware thread.
    explicit ThreadPool(int n_threads = 0);
    ~ThreadPool();
    ThreadPool(const ThreadPool&) = delete;
    ThreadPool& operator=(const ThreadPool&) = delete;

    int size() const { return static_cast<int>(workers_.size()) + 1; }

    // Runs body(begin, end) over [0, n) split into contiguous chunks, on all threads; returns when done.
    template <typename Body>
    void parallel_for(std::int64_t n, Body&& body) {
        if (n <= 0) return;
        const std::int64_t chunks = std::min<std::int64_t>(n, static_cast<std::int64_t>(size()) * 4);
        if (chunks == 1 || size() == 1) {
            body(std::int64_t{0}, n);
            return;
        }
        run_chunks(chunks, [&](std::int64_t c) { body(n * c / chunks, n * (c + 1) / chunks); });
    }

    static int hardware_threads();

private:
    struct Job {
        const std::function<void(std::int64_t)>* chunk_body = nullptr;
        std::int64_t chunks = 0;
        std::atomic<std::int64_t> next{0};
        std::atomic<std::int64_t> done{0};
    };

    void run_chunks(std::int64_t chunks, const std::function<void(std::int64_t)>& chunk_body);
    static void work_on(Job& job);
    void worker_loop();

    std::vector<std::thread> workers_;
    std::shared_ptr<Job> job_;
    std::atomic<std::uint64_t> generation_{0};
    bool stop_ = false;
    std::mutex mutex_;
    std::condition_variable wake_;
};

}  // namespace qwendesk
