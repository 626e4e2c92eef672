#include "scheduler.h"

#include <algorithm>
#include <cmath>
#include <new>

namespace qwendesk::server {

Job::Poll Job::wait(std::chrono::milliseconds timeout) {
    std::unique_lock lock(mutex_);
    changed_.wait_for(lock, timeout, [&] { return !events_.empty() || finished_; });
    Poll p;
    p.events.swap(events_);
    p.finished = finished_;
    return p;
}

bool Job::started() const {
    std::lock_guard lock(mutex_);
    return started_;
}

bool Job::cancelled() const {
    std::lock_guard lock(mutex_);
    return cancelled_;
}

void Job::push(const GenerationEvent& event) {
    {
        std::lock_guard lock(mutex_);
        // Consecutive pieces of the same kind are merged, so a slow reader gets fewer, larger chunks.
        if (!events_.empty() && events_.back().kind == event.kind)
            events_.back().text += event.text;
        else
            events_.push_back(event);
    }
    changed_.notify_all();
}

void Job::finish(GenerationResult result, std::optional<Error> error) {
    {
        std::lock_guard lock(mutex_);
        result_ = std::move(result);
        error_ = std::move(error);
        finished_ = true;
    }
    changed_.notify_all();
}

Scheduler::Scheduler(Engine& engine, std::size_t max_queued) : engine_(engine), max_queued_(max_queued) {
    worker_ = std::thread([this] { work(); });
}

Scheduler::~Scheduler() {
    shutdown();
    if (worker_.joinable()) worker_.join();
}

std::shared_ptr<Job> Scheduler::submit(GenerationRequest request) {
    std::lock_guard lock(mutex_);
    if (stopping_ || queue_.size() >= max_queued_ + (running_ ? 0 : 1)) {
        ++counters_.rejected;
        return nullptr;
    }
    auto job = std::make_shared<Job>(std::move(request));
    queue_.push_back(job);
    ++counters_.accepted;
    counters_.peak_queued = std::max(counters_.peak_queued, queue_.size() - (running_ ? 0 : 1));
    wake_.notify_all();
    return job;
}

void Scheduler::cancel(const std::shared_ptr<Job>& job) {
    if (!job) return;
    {
        std::lock_guard jl(job->mutex_);
        if (job->finished_ || job->cancelled_) return;
        job->cancelled_ = true;
    }
    std::unique_lock lock(mutex_);
    if (running_ == job) {
        engine_.cancel();  // the worker's sink also re-checks, in case generate() had not begun yet
        return;
    }
    auto it = std::find(queue_.begin(), queue_.end(), job);
    if (it != queue_.end()) {
        queue_.erase(it);
        ++counters_.cancelled;
        lock.unlock();
        GenerationResult r;
        r.finish = FinishReason::Cancelled;
        job->finish(std::move(r), std::nullopt);
    }
}

void Scheduler::shutdown() {
    std::deque<std::shared_ptr<Job>> dropped;
    {
        std::lock_guard lock(mutex_);
        stopping_ = true;
        dropped.swap(queue_);
        if (running_) {
            std::lock_guard jl(running_->mutex_);
            running_->cancelled_ = true;
            engine_.cancel();
        }
        counters_.cancelled += dropped.size();
    }
    wake_.notify_all();
    for (auto& job : dropped) {
        GenerationResult r;
        r.finish = FinishReason::Cancelled;
        job->finish(std::move(r), std::nullopt);
    }
}

std::size_t Scheduler::queued() const {
    std::lock_guard lock(mutex_);
    return queue_.size();
}

SchedulerCounters Scheduler::counters() const {
    std::lock_guard lock(mutex_);
    return counters_;
}

int Scheduler::retry_after_seconds() const {
    std::lock_guard lock(mutex_);
    const double wait = mean_seconds_ * double(queue_.size() + (running_ ? 1 : 0));
    return std::clamp(int(std::ceil(wait)), 1, 120);
}

void Scheduler::work() {
    for (;;) {
        std::shared_ptr<Job> job;
        {
            std::unique_lock lock(mutex_);
            wake_.wait(lock, [&] { return stopping_ || !queue_.empty(); });
            if (stopping_) return;
            job = queue_.front();
            queue_.pop_front();
            running_ = job;
        }
        {
            std::lock_guard jl(job->mutex_);
            job->started_ = true;
        }
        const auto begin = std::chrono::steady_clock::now();
        GenerationResult result;
        std::optional<Error> error;
        if (job->cancelled()) {
            result.finish = FinishReason::Cancelled;
        } else {
            try {
                result = engine_.generate(job->request_, [&](const GenerationEvent& event) {
                    if (job->cancelled()) engine_.cancel();
                    job->push(event);
                });
            } catch (const Error& e) {
                error = e;
            } catch (const std::bad_alloc&) {
                error = Error(ErrorKind::OutOfMemory, "the server ran out of memory for this request");
            } catch (const std::exception& e) {
                error = Error(ErrorKind::Internal, e.what());
            }
        }
        if (job->cancelled() && !error) result.finish = FinishReason::Cancelled;
        const double seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - begin).count();
        {
            std::lock_guard lock(mutex_);
            running_.reset();
            if (error)
                ++counters_.failed;
            else if (result.finish == FinishReason::Cancelled)
                ++counters_.cancelled;
            else
                ++counters_.completed;
            if (!error && result.finish != FinishReason::Cancelled) mean_seconds_ = 0.8 * mean_seconds_ + 0.2 * seconds;
        }
        job->finish(std::move(result), std::move(error));
    }
}

}  // namespace qwendesk::server
