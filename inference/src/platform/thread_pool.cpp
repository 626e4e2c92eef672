#include "platform/thread_pool.h"

#if defined(__x86_64__) || defined(_M_X64)
#include <immintrin.h>
#define QWENDESK_PAUSE() _mm_pause()
#else
#define QWENDESK_PAUSE() std::this_thread::yield()
#endif

namespace qwendesk {

namespace {
constexpr int kSpinIterations = 4000;  // a few microseconds: bridges the gap between two kernels of one step
}

int ThreadPool::hardware_threads() { return std::max(1u, std::thread::hardware_concurrency()); }

ThreadPool::ThreadPool(int n_threads) {
    if (n_threads <= 0) n_threads = hardware_threads();
    for (int i = 1; i < n_threads; ++i) workers_.emplace_back([this] { worker_loop(); });
}

ThreadPool::~ThreadPool() {
    {
        std::lock_guard<std::mutex> lock(mutex_);
        stop_ = true;
        generation_.fetch_add(1);
    }
    wake_.notify_all();
    for (auto& w : workers_) w.join();
}

void ThreadPool::work_on(Job& job) {
    for (;;) {
        const std::int64_t c = job.next.fetch_add(1, std::memory_order_relaxed);
        if (c >= job.chunks) return;
        (*job.chunk_body)(c);
        job.done.fetch_add(1, std::memory_order_release);
    }
}

void ThreadPool::run_chunks(std::int64_t chunks, const std::function<void(std::int64_t)>& chunk_body) {
    auto job = std::make_shared<Job>();
    job->chunk_body = &chunk_body;
    job->chunks = chunks;
    {
        std::lock_guard<std::mutex> lock(mutex_);
        job_ = job;
        generation_.fetch_add(1, std::memory_order_release);
    }
    wake_.notify_all();
    work_on(*job);
    // Wait only for chunks others already took; idle or descheduled workers hold nothing up.
    int spins = 0;
    while (job->done.load(std::memory_order_acquire) != chunks) {
        if (++spins < kSpinIterations) QWENDESK_PAUSE();
        else std::this_thread::yield();
    }
}

void ThreadPool::worker_loop() {
    std::uint64_t seen = 0;
    for (;;) {
        int spins = 0;
        while (generation_.load(std::memory_order_acquire) == seen && spins < kSpinIterations) {
            QWENDESK_PAUSE();
            ++spins;
        }
        std::shared_ptr<Job> job;
        {
            std::unique_lock<std::mutex> lock(mutex_);
            wake_.wait(lock, [&] { return generation_.load(std::memory_order_acquire) != seen; });
            if (stop_) return;
            seen = generation_.load(std::memory_order_acquire);
            job = job_;  // keeps the job's counters alive even if the caller has moved on
        }
        if (job) work_on(*job);
    }
}

}  // namespace qwendesk
