// The remote engines the user added in Settings (name, base URL, how thinking is toggled), kept in
// QSettings under remoteEngines/; their API keys kept in a SecretStore (the keychain), never in the settings.
// QML lists and edits them through this object; the engine factory resolves "remote:<id>/<model>" paths
// with resolve(), from the worker thread (the list is guarded, the keychain read there).
#pragma once

#include <QObject>
#include <QSettings>
#include <QVariantMap>
#include <QVariantList>

#include <memory>
#include <mutex>

#include "remote/remote_engine.h"
#include "remote/secret_store.h"

namespace qwendesk::app {

class RemoteEngines : public QObject {
    Q_OBJECT
    Q_PROPERTY(QVariantList endpoints READ endpoints NOTIFY endpointsChanged)
    Q_PROPERTY(QString secretStoreKind READ secretStoreKind CONSTANT)
public:
    // Empty iniPath: the platform's settings location.
    RemoteEngines(const QString& iniPath, std::unique_ptr<SecretStore> secrets, QObject* parent = nullptr);
    ~RemoteEngines() override;

    QList<RemoteEndpoint> list() const;
    // [{id, name, baseUrl, thinkingControl, hasKey}] for QML.
    QVariantList endpoints() const;
    QString secretStoreKind() const { return secrets_->kind(); }

    // Returns the new engine's id (empty when the URL is not http(s)).
    Q_INVOKABLE QString add(const QString& name, const QString& baseUrl, const QString& apiKey,
                            const QString& thinkingControl = QStringLiteral("chat_template_kwargs"));
    Q_INVOKABLE bool update(const QString& id, const QString& name, const QString& baseUrl, const QString& thinkingControl);
    // An empty key removes it.
    Q_INVOKABLE bool setApiKey(const QString& id, const QString& apiKey);
    Q_INVOKABLE void remove(const QString& id);
    // Asks GET /v1/models in the background; answers with modelsFetched.
    Q_INVOKABLE void refreshModels(const QString& id);
    Q_INVOKABLE QString modelPath(const QString& id, const QString& model) const { return remoteModelPath(id, model); }

    // For the Settings page. save(): adds (empty id) or updates an engine in one step; an empty apiKey keeps
    // the stored key (clearApiKey removes it). Returns the engine's id, empty when the URL is not http(s).
    Q_INVOKABLE QString save(const QString& id, const QString& name, const QString& baseUrl, const QString& apiKey,
                             const QString& thinkingControl);
    Q_INVOKABLE bool clearApiKey(const QString& id) { return setApiKey(id, QString()); }
    Q_INVOKABLE bool isValidBaseUrl(const QString& baseUrl) const;
    // Tries an engine as typed in the form, before it is saved: GET {baseUrl}/models in the background. An
    // empty apiKey uses the key stored for `id` (if any). Returns a ticket; answers with connectionTested.
    Q_INVOKABLE int testConnection(const QString& id, const QString& baseUrl, const QString& apiKey);
    // What a model path names: {remote: bool, id, name (empty when the engine was removed), model}.
    Q_INVOKABLE QVariantMap describeModelPath(const QString& path) const;

    // What the engine factory needs for a remote path; any thread.
    std::optional<RemoteEngineOptions> resolve(const QString& id, const QString& model) const;
    RemoteResolver resolver() const;

Q_SIGNALS:
    void endpointsChanged();
    void modelsFetched(const QString& id, const QStringList& models, const QString& error);
    void connectionTested(int ticket, const QStringList& models, const QString& error);

private:
    void save();

    std::unique_ptr<QSettings> settings_;
    std::shared_ptr<SecretStore> secrets_;
    mutable std::mutex mutex_;
    QList<RemoteEndpoint> endpoints_;
    int nextTicket_ = 0;
};

}  // namespace qwendesk::app
