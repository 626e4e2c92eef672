#include "platform/thread_pool.h"

#include <algorithm>

#if defined(__x86_64__) || defined(_M_X64)
#include <immintrin.h>
#define QWENDESK_PAUSE() _mm_pause()
#else
#define QWENDESK_PAUSE() std::this_thread::yield()
#endif

namespace qwendesk {

namespace {
constexpr int kSpinIterations = 20000;  // ~tens of microseconds: long enough to bridge two kernels of one step
}

int ThreadPool::hardware_threads() { return std::max(1u, std::thread::hardware_concurrency()); }

ThreadPool::ThreadPool(int n_threads) {
    if (n_threads <= 0) n_threads = hardware_threads();
    for (int i = 1; i < n_threads; ++i) workers_.emplace_back([this, i] { worker_loop(i); });
}

ThreadPool::~ThreadPool() {
    {
        std::lock_guard<std::mutex> lock(mutex_);
        stop_.store(true);
        generation_.fetch_add(1);
    }
    wake_.notify_all();
    for (auto& w : workers_) w.join();
}

void ThreadPool::run(const std::function<void(int, int)>& job) {
    const int n = size();
    if (n == 1) {
        job(0, 1);
        return;
    }
    {
        std::lock_guard<std::mutex> lock(mutex_);
        job_ = &job;
        remaining_.store(n - 1, std::memory_order_relaxed);
        generation_.fetch_add(1, std::memory_order_release);
    }
    wake_.notify_all();
    job(0, n);
    while (remaining_.load(std::memory_order_acquire) != 0) QWENDESK_PAUSE();
}

void ThreadPool::worker_loop(int index) {
    std::uint64_t seen = 0;
    for (;;) {
        int spins = 0;
        while (generation_.load(std::memory_order_acquire) == seen && spins < kSpinIterations) {
            QWENDESK_PAUSE();
            ++spins;
        }
        if (generation_.load(std::memory_order_acquire) == seen) {
            std::unique_lock<std::mutex> lock(mutex_);
            wake_.wait(lock, [&] { return generation_.load(std::memory_order_acquire) != seen; });
        }
        seen = generation_.load(std::memory_order_acquire);
        if (stop_.load()) return;
        const std::function<void(int, int)>* job;
        {
            std::lock_guard<std::mutex> lock(mutex_);
            job = job_;
        }
        (*job)(index, size());
        remaining_.fetch_sub(1, std::memory_order_acq_rel);
    }
}

}  // namespace qwendesk
