// What to do when a conversation no longer fits the context window. The policy is the user's choice, and
// whatever is left out is counted and shown beside the answer: never a silent loss.
#pragma once

#include <QList>
#include <QString>

#include <functional>

namespace qwendesk::app {

enum class ContextPolicy {
    Stop,            // refuse and say so
    DropOldest,      // leave out the oldest turns (the system prompt always stays)
    TruncateMiddle,  // keep the first exchange and the newest turns, leave out the middle
};
ContextPolicy contextPolicyFromString(const QString& name);

struct ChatTurn {
    QString role;     // "user" or "assistant" (the system prompt travels apart)
    QString content;  // answers only: earlier turns' thoughts are never fed back
};

struct FitResult {
    QList<ChatTurn> turns;
    int dropped = 0;     // turns left out
    int tokens = 0;      // prompt tokens of what is kept
    bool fits = false;
};

// `count` returns the prompt tokens of the system prompt plus the given turns. The last turn (the new
// message) is never dropped; when even it alone does not fit, fits is false.
FitResult fitToContext(QList<ChatTurn> turns, const std::function<int(const QList<ChatTurn>&)>& count, int budget,
                       ContextPolicy policy);

}  // namespace qwendesk::app
