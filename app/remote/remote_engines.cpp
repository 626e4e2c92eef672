#include "remote/remote_engines.h"

#include <QJsonDocument>
#include <QPointer>
#include <QThread>
#include <QUuid>

namespace qwendesk::app {

RemoteEngines::RemoteEngines(const QString& iniPath, std::unique_ptr<SecretStore> secrets, QObject* parent)
    : QObject(parent),
      settings_(iniPath.isEmpty() ? std::make_unique<QSettings>() : std::make_unique<QSettings>(iniPath, QSettings::IniFormat)),
      secrets_(std::move(secrets)) {
    const int n = settings_->beginReadArray(QStringLiteral("remoteEngines"));
    for (int i = 0; i < n; ++i) {
        settings_->setArrayIndex(i);
        RemoteEndpoint e;
        e.id = settings_->value(QStringLiteral("id")).toString();
        e.name = settings_->value(QStringLiteral("name")).toString();
        e.baseUrl = QUrl(settings_->value(QStringLiteral("baseUrl")).toString());
        e.thinkingControl = settings_->value(QStringLiteral("thinkingControl"), e.thinkingControl).toString();
        e.extraBody = QJsonDocument::fromJson(settings_->value(QStringLiteral("extraBody")).toByteArray()).object();
        if (!e.id.isEmpty()) endpoints_ << e;
    }
    settings_->endArray();
}

RemoteEngines::~RemoteEngines() = default;

void RemoteEngines::save() {
    QList<RemoteEndpoint> copy = list();
    settings_->beginWriteArray(QStringLiteral("remoteEngines"), int(copy.size()));
    for (int i = 0; i < copy.size(); ++i) {
        settings_->setArrayIndex(i);
        settings_->setValue(QStringLiteral("id"), copy[i].id);
        settings_->setValue(QStringLiteral("name"), copy[i].name);
        settings_->setValue(QStringLiteral("baseUrl"), copy[i].baseUrl.toString());
        settings_->setValue(QStringLiteral("thinkingControl"), copy[i].thinkingControl);
        if (!copy[i].extraBody.isEmpty())
            settings_->setValue(QStringLiteral("extraBody"), QJsonDocument(copy[i].extraBody).toJson(QJsonDocument::Compact));
    }
    settings_->endArray();
    settings_->sync();
    Q_EMIT endpointsChanged();
}

QList<RemoteEndpoint> RemoteEngines::list() const {
    std::lock_guard lock(mutex_);
    return endpoints_;
}

QVariantList RemoteEngines::endpoints() const {
    QVariantList out;
    for (const RemoteEndpoint& e : list())
        out << QVariantMap{{QStringLiteral("id"), e.id},
                           {QStringLiteral("name"), e.name},
                           {QStringLiteral("baseUrl"), e.baseUrl.toString()},
                           {QStringLiteral("thinkingControl"), e.thinkingControl},
                           {QStringLiteral("hasKey"), secrets_->read(e.id).has_value()}};
    return out;
}

QString RemoteEngines::add(const QString& name, const QString& baseUrl, const QString& apiKey, const QString& thinkingControl) {
    const QUrl url = QUrl::fromUserInput(baseUrl.trimmed());
    if (!url.isValid() || (url.scheme() != QLatin1String("http") && url.scheme() != QLatin1String("https"))) return {};
    RemoteEndpoint e;
    e.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    e.name = name.trimmed().isEmpty() ? url.host() : name.trimmed();
    e.baseUrl = url;
    e.thinkingControl = thinkingControl;
    {
        std::lock_guard lock(mutex_);
        endpoints_ << e;
    }
    if (!apiKey.isEmpty()) secrets_->write(e.id, apiKey);
    save();
    return e.id;
}

bool RemoteEngines::update(const QString& id, const QString& name, const QString& baseUrl, const QString& thinkingControl) {
    const QUrl url = QUrl::fromUserInput(baseUrl.trimmed());
    if (!url.isValid()) return false;
    {
        std::lock_guard lock(mutex_);
        auto it = std::find_if(endpoints_.begin(), endpoints_.end(), [&](const RemoteEndpoint& e) { return e.id == id; });
        if (it == endpoints_.end()) return false;
        it->name = name.trimmed().isEmpty() ? url.host() : name.trimmed();
        it->baseUrl = url;
        it->thinkingControl = thinkingControl;
    }
    save();
    return true;
}

bool RemoteEngines::setApiKey(const QString& id, const QString& apiKey) {
    const bool ok = apiKey.isEmpty() ? (secrets_->remove(id), true) : secrets_->write(id, apiKey);
    Q_EMIT endpointsChanged();
    return ok;
}

void RemoteEngines::remove(const QString& id) {
    {
        std::lock_guard lock(mutex_);
        endpoints_.erase(std::remove_if(endpoints_.begin(), endpoints_.end(), [&](const RemoteEndpoint& e) { return e.id == id; }),
                         endpoints_.end());
    }
    secrets_->remove(id);
    save();
}

std::optional<RemoteEngineOptions> RemoteEngines::resolve(const QString& id, const QString& model) const {
    RemoteEngineOptions o;
    {
        std::lock_guard lock(mutex_);
        auto it = std::find_if(endpoints_.begin(), endpoints_.end(), [&](const RemoteEndpoint& e) { return e.id == id; });
        if (it == endpoints_.end()) return std::nullopt;
        o.endpoint = *it;
    }
    o.apiKey = secrets_->read(id).value_or(QString());
    o.model = model;
    return o;
}

RemoteResolver RemoteEngines::resolver() const {
    return [this](const QString& id, const QString& model) { return resolve(id, model); };
}

void RemoteEngines::refreshModels(const QString& id) {
    auto options = resolve(id, QString());
    if (!options) {
        Q_EMIT modelsFetched(id, {}, tr("no such remote engine"));
        return;
    }
    // A short-lived thread with its own event loop, so the UI never waits on the network.
    QThread* thread = QThread::create([this, id, o = *options] {
        QStringList models;
        QString error;
        try {
            models = RemoteEngine::listModels(o.endpoint, o.apiKey);
        } catch (const std::exception& e) {
            error = QString::fromStdString(e.what());
        }
        QMetaObject::invokeMethod(this, [this, id, models, error] { Q_EMIT modelsFetched(id, models, error); }, Qt::QueuedConnection);
    });
    connect(thread, &QThread::finished, thread, &QObject::deleteLater);
    thread->start();
}

namespace {
QUrl parseBaseUrl(const QString& text) {
    const QUrl url = QUrl::fromUserInput(text.trimmed());
    if (!url.isValid() || url.host().isEmpty() ||
        (url.scheme() != QLatin1String("http") && url.scheme() != QLatin1String("https")))
        return {};
    return url;
}
}  // namespace

bool RemoteEngines::isValidBaseUrl(const QString& baseUrl) const { return parseBaseUrl(baseUrl).isValid(); }

QString RemoteEngines::save(const QString& id, const QString& name, const QString& baseUrl, const QString& apiKey,
                            const QString& thinkingControl) {
    if (!parseBaseUrl(baseUrl).isValid()) return {};
    if (id.isEmpty()) return add(name, baseUrl, apiKey, thinkingControl);
    if (!update(id, name, baseUrl, thinkingControl)) return {};
    if (!apiKey.isEmpty()) setApiKey(id, apiKey);
    return id;
}

int RemoteEngines::testConnection(const QString& id, const QString& baseUrl, const QString& apiKey) {
    const int ticket = ++nextTicket_;
    const QUrl url = parseBaseUrl(baseUrl);
    if (!url.isValid()) {
        QMetaObject::invokeMethod(this, [this, ticket] {
            Q_EMIT connectionTested(ticket, {}, tr("The base URL must start with http:// or https://"));
        }, Qt::QueuedConnection);
        return ticket;
    }
    RemoteEndpoint endpoint;
    endpoint.id = id;
    endpoint.baseUrl = url;
    const QString key = !apiKey.isEmpty() || id.isEmpty() ? apiKey : secrets_->read(id).value_or(QString());
    QPointer<RemoteEngines> self(this);
    QThread* thread = QThread::create([self, ticket, endpoint, key] {
        QStringList models;
        QString error;
        try {
            models = RemoteEngine::listModels(endpoint, key);
        } catch (const std::exception& e) {
            error = QString::fromStdString(e.what());
        }
        if (self)
            QMetaObject::invokeMethod(self.data(), [self, ticket, models, error] {
                if (self) Q_EMIT self->connectionTested(ticket, models, error);
            }, Qt::QueuedConnection);
    });
    connect(thread, &QThread::finished, thread, &QObject::deleteLater);
    thread->start();
    return ticket;
}

QVariantMap RemoteEngines::describeModelPath(const QString& path) const {
    if (!isRemoteModelPath(path)) return {{QStringLiteral("remote"), false}};
    const auto [id, model] = splitRemoteModelPath(path);
    QString name;
    for (const RemoteEndpoint& e : list())
        if (e.id == id) name = e.name;
    return {{QStringLiteral("remote"), true}, {QStringLiteral("id"), id}, {QStringLiteral("name"), name},
            {QStringLiteral("model"), model}};
}

}  // namespace qwendesk::app
