#include "message_model.h"

#include "markdown_blocks.h"
#include "qwendesk/thinking_splitter.h"

namespace qwendesk::ui {

MessageModel::MessageModel(QObject* parent) : QAbstractListModel(parent) {
    ticker_.setInterval(200);
    connect(&ticker_, &QTimer::timeout, this, &MessageModel::tick);
}

int MessageModel::rowCount(const QModelIndex& parent) const { return parent.isValid() ? 0 : int(items_.size()); }

QHash<int, QByteArray> MessageModel::roleNames() const {
    return {
        {MessageIdRole, "messageId"}, {RoleRole, "role"}, {ContentRole, "content"}, {SegmentsRole, "segments"},
        {ThinkingRole, "thinking"}, {ThinkingTailRole, "thinkingTail"}, {ThinkingEnabledRole, "thinkingEnabled"},
        {ThinkingActiveRole, "thinkingActive"}, {ThinkingExpandedRole, "thinkingExpanded"},
        {ThinkingSecondsRole, "thinkingSeconds"}, {StreamingRole, "streaming"}, {StatusRole, "status"},
        {ErrorTextRole, "errorText"}, {VersionIndexRole, "versionIndex"}, {VersionCountRole, "versionCount"},
        {TokensPerSecondRole, "tokensPerSecond"}, {GeneratedTokensRole, "generatedTokens"},
        {PromptTokensRole, "promptTokens"}, {ContextUsedRole, "contextUsed"}, {ContextLengthRole, "contextLength"},
        {DroppedMessagesRole, "droppedMessages"}, {ModelRole, "model"}, {AnsweredByRole, "answeredBy"},
    };
}

qint64 MessageModel::thinkingMs(qint64 id) const {
    const Item* it = item(id);
    if (!it) return 0;
    return it->thinkingAccumMs + (it->thinkingActive ? it->thinkingClock.elapsed() : 0);
}

QVariant MessageModel::data(const QModelIndex& index, int role) const {
    if (!index.isValid() || index.row() >= items_.size()) return {};
    const Item& it = items_[index.row()];
    const app::MessageRecord& r = it.record;
    switch (role) {
    case MessageIdRole: return r.id;
    case RoleRole: return r.role;
    case ContentRole: return r.content;
    case SegmentsRole:
        if (!it.segmentsValid) {
            it.segments = markdownSegments(r.content, dark_);
            it.segmentsValid = true;
        }
        return it.segments;
    case ThinkingRole: return r.thinking;
    case ThinkingTailRole: {
        // The small live window shows the newest reasoning only.
        const QStringList lines = r.thinking.split(QLatin1Char('\n'));
        return lines.mid(std::max<qsizetype>(0, lines.size() - 6)).join(QLatin1Char('\n')).right(600);
    }
    case ThinkingEnabledRole: return r.thinkingEnabled;
    case ThinkingActiveRole: return it.thinkingActive;
    case ThinkingExpandedRole: return it.thinkingExpanded;
    case ThinkingSecondsRole: return int((thinkingMs(r.id) + 500) / 1000);
    case StreamingRole: return it.streaming;
    case StatusRole: return r.status;
    case ErrorTextRole: return r.error;
    case VersionIndexRole: return it.versionIndex;
    case VersionCountRole: return it.versionCount;
    case TokensPerSecondRole: return r.decodeMs > 0 ? r.generatedTokens * 1000.0 / double(r.decodeMs) : 0.0;
    case GeneratedTokensRole: return r.generatedTokens;
    case PromptTokensRole: return r.promptTokens;
    case ContextUsedRole: return r.contextUsed;
    case ContextLengthRole: return r.contextLength;
    case DroppedMessagesRole: return r.droppedMessages;
    case ModelRole:
    case AnsweredByRole: return r.model;
    default: return {};
    }
}

void MessageModel::changed(int row, const QList<int>& roles) {
    if (row < 0) return;
    const QModelIndex idx = index(row);
    Q_EMIT dataChanged(idx, idx, roles);
}

void MessageModel::setMessages(const QList<app::MessageRecord>& path, const QList<QPair<int, int>>& versions) {
    beginResetModel();
    items_.clear();
    for (int i = 0; i < path.size(); ++i) {
        Item it;
        it.record = path[i];
        if (i < versions.size()) {
            it.versionIndex = versions[i].first;
            it.versionCount = versions[i].second;
        }
        it.thinkingAccumMs = path[i].thinkingMs;
        items_.append(std::move(it));
    }
    endResetModel();
    Q_EMIT countChanged();
}

void MessageModel::clear() { setMessages({}, {}); }

void MessageModel::appendMessage(const app::MessageRecord& record, int versionIndex, int versionCount, bool streaming) {
    beginInsertRows(QModelIndex(), int(items_.size()), int(items_.size()));
    Item it;
    it.record = record;
    it.versionIndex = versionIndex;
    it.versionCount = versionCount;
    it.streaming = streaming;
    it.thinkingAccumMs = record.thinkingMs;
    items_.append(std::move(it));
    endInsertRows();
    Q_EMIT countChanged();
}

int MessageModel::rowOf(qint64 id) const {
    for (int i = 0; i < items_.size(); ++i)
        if (items_[i].record.id == id) return i;
    return -1;
}

const MessageModel::Item* MessageModel::item(qint64 id) const {
    int row = rowOf(id);
    return row < 0 ? nullptr : &items_[row];
}

void MessageModel::startThinking(Item& it) {
    if (it.thinkingActive) return;
    it.thinkingActive = true;
    it.thinkingClock.start();
    // A new thinking block opens the panel again, unless the user chose otherwise.
    if (!it.userToggled) it.thinkingExpanded = true;
    if (!ticker_.isActive()) ticker_.start();
}

void MessageModel::stopThinking(Item& it) {
    if (!it.thinkingActive) return;
    it.thinkingAccumMs += it.thinkingClock.elapsed();
    it.record.thinkingMs = it.thinkingAccumMs;
    it.thinkingActive = false;
}

void MessageModel::appendThinking(qint64 id, const QString& text) {
    const int row = rowOf(id);
    if (row < 0) return;
    Item& it = items_[row];
    startThinking(it);
    it.record.thinking += text;
    changed(row, {ThinkingRole, ThinkingTailRole, ThinkingActiveRole, ThinkingExpandedRole, ThinkingSecondsRole});
}

void MessageModel::appendAnswer(qint64 id, const QString& text) {
    const int row = rowOf(id);
    if (row < 0) return;
    Item& it = items_[row];
    if (it.thinkingActive) {
        stopThinking(it);
        if (autoCollapse_ && !it.userToggled) it.thinkingExpanded = false;
    }
    it.record.content += text;
    it.segmentsValid = false;
    changed(row, {ContentRole, SegmentsRole, ThinkingActiveRole, ThinkingExpandedRole, ThinkingSecondsRole});
}

void MessageModel::finishMessage(const app::MessageRecord& record) {
    const int row = rowOf(record.id);
    if (row < 0) return;
    Item& it = items_[row];
    stopThinking(it);  // a stop in the middle of thinking freezes the timer; the panel stays as it was
    it.streaming = false;
    const qint64 ms = it.thinkingAccumMs;
    it.record = record;
    if (ms > it.record.thinkingMs) it.record.thinkingMs = ms;
    it.thinkingAccumMs = it.record.thinkingMs;
    it.segmentsValid = false;
    Q_EMIT dataChanged(index(row), index(row));
}

void MessageModel::updateRecord(const app::MessageRecord& record) {
    const int row = rowOf(record.id);
    if (row < 0) return;
    Item& it = items_[row];
    it.record = record;
    it.thinkingAccumMs = record.thinkingMs;
    it.segmentsValid = false;
    Q_EMIT dataChanged(index(row), index(row));
}

void MessageModel::resumeStreaming(const app::MessageRecord& record, bool thinkingActive, qint64 thinkingMs) {
    const int row = rowOf(record.id);
    if (row < 0) return;
    Item& it = items_[row];
    it.record = record;
    it.streaming = true;
    it.thinkingAccumMs = thinkingMs;
    it.thinkingActive = false;
    it.segmentsValid = false;
    if (thinkingActive) startThinking(it);
    Q_EMIT dataChanged(index(row), index(row));
}

void MessageModel::tick() {
    bool any = false;
    for (int i = 0; i < items_.size(); ++i) {
        if (!items_[i].thinkingActive) continue;
        any = true;
        changed(i, {ThinkingSecondsRole});
    }
    if (!any) ticker_.stop();
}

void MessageModel::setAutoCollapseThinking(bool on) {
    if (on == autoCollapse_) return;
    autoCollapse_ = on;
    Q_EMIT autoCollapseThinkingChanged();
}

void MessageModel::setDark(bool dark) {
    if (dark == dark_) return;
    dark_ = dark;
    for (Item& it : items_) it.segmentsValid = false;
    if (!items_.isEmpty()) Q_EMIT dataChanged(index(0), index(int(items_.size()) - 1), {SegmentsRole});
}

void MessageModel::toggleThinking(int row) {
    if (row < 0 || row >= items_.size()) return;
    Item& it = items_[row];
    it.thinkingExpanded = !it.thinkingExpanded;
    it.userToggled = true;
    changed(row, {ThinkingExpandedRole});
}

bool MessageModel::isThinkingExpanded(int row) const {
    return row >= 0 && row < items_.size() && items_[row].thinkingExpanded;
}

QString MessageModel::editableText(int row) const {
    if (row < 0 || row >= items_.size()) return {};
    const auto& r = items_[row].record;
    if (r.thinking.isEmpty()) return r.content;
    return QStringLiteral("<think>\n%1\n</think>\n\n%2").arg(r.thinking, r.content);
}

QPair<QString, QString> MessageModel::splitEditedText(const QString& text) {
    const QByteArray utf8 = text.toUtf8();
    auto [thinking, answer] = ThinkingSplitter::split(std::string_view(utf8.constData(), std::size_t(utf8.size())));
    return {QString::fromStdString(thinking), QString::fromStdString(answer)};
}

}  // namespace qwendesk::ui
