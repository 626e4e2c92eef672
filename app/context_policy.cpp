#include "context_policy.h"

namespace qwendesk::app {

ContextPolicy contextPolicyFromString(const QString& name) {
    if (name == QLatin1String("dropOldest")) return ContextPolicy::DropOldest;
    if (name == QLatin1String("truncateMiddle")) return ContextPolicy::TruncateMiddle;
    return ContextPolicy::Stop;
}

FitResult fitToContext(QList<ChatTurn> turns, const std::function<int(const QList<ChatTurn>&)>& count, int budget,
                       ContextPolicy policy) {
    FitResult r;
    r.tokens = count(turns);
    if (r.tokens <= budget || policy == ContextPolicy::Stop) {
        r.fits = r.tokens <= budget;
        r.turns = std::move(turns);
        return r;
    }
    // The first index that may go: 0 for drop-oldest, after the first exchange for truncate-middle.
    int first = policy == ContextPolicy::TruncateMiddle ? 2 : 0;
    while (r.tokens > budget) {
        if (turns.size() - 1 <= first) {
            if (first == 0) break;
            first = 0;  // even the first exchange has to go
            continue;
        }
        // Remove one turn, and the answer after it, so the kept part still starts with a question.
        turns.removeAt(first);
        ++r.dropped;
        if (turns.size() - 1 > first && turns[first].role == QLatin1String("assistant")) {
            turns.removeAt(first);
            ++r.dropped;
        }
        r.tokens = count(turns);
    }
    r.fits = r.tokens <= budget;
    r.turns = std::move(turns);
    return r;
}

}  // namespace qwendesk::app
