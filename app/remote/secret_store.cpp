#include "remote/secret_store.h"

#include <QEventLoop>
#include <QFile>
#include <QSettings>

#ifdef QWENDESK_HAVE_QTKEYCHAIN
#include <qt6keychain/keychain.h>
#endif

namespace qwendesk::app {
namespace {

const QString kService = QStringLiteral("QwenDesk remote engines");

class FileSecretStore : public SecretStore {
public:
    explicit FileSecretStore(QString path) : path_(std::move(path)) {}
    std::optional<QString> read(const QString& account) override {
        QSettings s(path_, QSettings::IniFormat);
        const QVariant v = s.value(QStringLiteral("keys/") + account);
        if (!v.isValid()) return std::nullopt;
        return v.toString();
    }
    bool write(const QString& account, const QString& secret) override {
        {
            QSettings s(path_, QSettings::IniFormat);
            s.setValue(QStringLiteral("keys/") + account, secret);
            s.sync();
        }
        return QFile::setPermissions(path_, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    }
    bool remove(const QString& account) override {
        QSettings s(path_, QSettings::IniFormat);
        const bool had = s.contains(QStringLiteral("keys/") + account);
        s.remove(QStringLiteral("keys/") + account);
        return had;
    }
    QString kind() const override { return QStringLiteral("file"); }

private:
    QString path_;
};

#ifdef QWENDESK_HAVE_QTKEYCHAIN
class KeychainSecretStore : public SecretStore {
public:
    std::optional<QString> read(const QString& account) override {
        QKeychain::ReadPasswordJob job(kService);
        job.setAutoDelete(false);
        job.setKey(account);
        run(job);
        if (job.error() != QKeychain::NoError) return std::nullopt;
        return job.textData();
    }
    bool write(const QString& account, const QString& secret) override {
        QKeychain::WritePasswordJob job(kService);
        job.setAutoDelete(false);
        job.setKey(account);
        job.setTextData(secret);
        run(job);
        return job.error() == QKeychain::NoError;
    }
    bool remove(const QString& account) override {
        QKeychain::DeletePasswordJob job(kService);
        job.setAutoDelete(false);
        job.setKey(account);
        run(job);
        return job.error() == QKeychain::NoError;
    }
    QString kind() const override { return QStringLiteral("keychain"); }

    static void run(QKeychain::Job& job) {
        QEventLoop loop;
        QObject::connect(&job, &QKeychain::Job::finished, &loop, &QEventLoop::quit);
        job.start();
        loop.exec();
    }
};
#endif

}  // namespace

std::unique_ptr<SecretStore> makeFileSecretStore(const QString& path) { return std::make_unique<FileSecretStore>(path); }

std::unique_ptr<SecretStore> makeSecretStore(const QString& fallbackPath) {
#ifdef QWENDESK_HAVE_QTKEYCHAIN
    // A read of an entry that does not exist tells whether a keychain service answers at all.
    QKeychain::ReadPasswordJob probe(kService);
    probe.setAutoDelete(false);
    probe.setKey(QStringLiteral("qwendesk-probe"));
    KeychainSecretStore::run(probe);
    if (probe.error() == QKeychain::NoError || probe.error() == QKeychain::EntryNotFound)
        return std::make_unique<KeychainSecretStore>();
#endif
    return makeFileSecretStore(fallbackPath);
}

}  // namespace qwendesk::app
