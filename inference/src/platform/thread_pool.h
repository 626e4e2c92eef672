// A fixed pool of worker threads for the engine's data-parallel kernels. The caller takes part in every
// job, and workers spin briefly before sleeping, because a decode step issues hundreds of short jobs and a
// sleep/wake round trip per job would cost more than the work.
#pragma once

#include <atomic>
#include <condition_variable>
#include <cstdint>
#include <functional>
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

    // Runs job(thread_index, thread_count) once on each thread (the caller is index 0) and waits for all.
    void run(const std::function<void(int, int)>& job);

    // Splits [0, n) into contiguous ranges, one per thread: body(begin, end).
    template <typename Body>
    void parallel_for(std::int64_t n, Body&& body) {
        if (n <= 0) return;
        const int threads = static_cast<int>(std::min<std::int64_t>(size(), n));
        if (threads == 1) {
            body(std::int64_t{0}, n);
            return;
        }
        run([&](int index, int) {
            if (index >= threads) return;
            const std::int64_t begin = n * index / threads, end = n * (index + 1) / threads;
            if (begin < end) body(begin, end);
        });
    }

    static int hardware_threads();

private:
    void worker_loop(int index);

    std::vector<std::thread> workers_;
    const std::function<void(int, int)>* job_ = nullptr;
    std::atomic<std::uint64_t> generation_{0};
    std::atomic<int> remaining_{0};
    std::atomic<bool> stop_{false};
    std::mutex mutex_;
    std::condition_variable wake_;
};

}  // namespace qwendesk
