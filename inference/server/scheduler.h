// One engine, one worker thread, a bounded queue in front of it. The engine runs one generation at a time
// (its KV cache is one session), so requests beyond the one running wait here, at most `max_queued` of
// them; the next is refused (the server answers 429). Each job is a small channel: the worker pushes the
// engine's events into it, the HTTP thread that owns the request drains them, and either side may cancel.
#pragma once

#include <chrono>
#include <condition_variable>
#include <cstddef>
#include <deque>
#include <memory>
#include <mutex>
#include <optional>
#include <string>
#include <thread>
#include <vector>

#include "qwendesk/engine.h"
#include "qwendesk/errors.h"

namespace qwendesk::server {

class Scheduler;

class Job {
public:
    explicit Job(GenerationRequest request) : request_(std::move(request)) {}

    struct Poll {
        std::vector<GenerationEvent> events;  // in the order the engine produced them
        bool finished = false;                // the result (or error) is ready and every event was drained
    };
    // Waits up to `timeout` for events or the end; returns what arrived.
    Poll wait(std::chrono::milliseconds timeout);

    // After Poll::finished: the result, or the error the engine threw.
    const GenerationResult& result() const { return result_; }
    const std::optional<Error>& error() const { return error_; }
    bool started() const;
    bool cancelled() const;

private:
    friend class Scheduler;
    void push(const GenerationEvent& event);
    void finish(GenerationResult result, std::optional<Error> error);

    GenerationRequest request_;
    mutable std::mutex mutex_;
    std::condition_variable changed_;
    std::vector<GenerationEvent> events_;
    bool started_ = false;
    bool finished_ = false;
    bool cancelled_ = false;
    GenerationResult result_;
    std::optional<Error> error_;
};

struct SchedulerCounters {
    std::size_t accepted = 0;
    std::size_t completed = 0;  // ran to a stop or a length limit
    std::size_t cancelled = 0;  // the client went away or asked to stop (queued or running)
    std::size_t rejected = 0;   // the queue was full
    std::size_t failed = 0;     // the engine threw
    std::size_t peak_queued = 0;
};

class Scheduler {
public:
    Scheduler(Engine& engine, std::size_t max_queued);
    ~Scheduler();  // cancels everything and joins the worker
    Scheduler(const Scheduler&) = delete;
    Scheduler& operator=(const Scheduler&) = delete;

    // Queues a generation; nullptr when `max_queued` requests already wait (the one running is not counted).
    std::shared_ptr<Job> submit(GenerationRequest request);
    // Stops a job: dropped from the queue if it waits, the engine cancelled if it runs. Safe from any thread, twice.
    void cancel(const std::shared_ptr<Job>& job);
    // Cancels everything and stops taking work.
    void shutdown();

    std::size_t queued() const;
    SchedulerCounters counters() const;
    // Seconds a new request would likely wait: the mean run time of recent jobs times the jobs ahead of it.
    int retry_after_seconds() const;

private:
    void work();

    Engine& engine_;
    const std::size_t max_queued_;
    mutable std::mutex mutex_;
    std::condition_variable wake_;
    std::deque<std::shared_ptr<Job>> queue_;
    std::shared_ptr<Job> running_;
    bool stopping_ = false;
    SchedulerCounters counters_;
    double mean_seconds_ = 1.0;
    std::thread worker_;
};

}  // namespace qwendesk::server
