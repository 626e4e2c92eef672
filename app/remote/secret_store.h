// Where remote engines' API keys live. The system keychain through QtKeychain (libsecret or KWallet on
// Linux, the Keychain on macOS, the Credential Manager on Windows) when QwenDesk is built with it
// (Debian: qtkeychain-qt6-dev). Without it, or when no keychain service answers (a bare desktop session),
// the documented fallback is a separate file, secrets.ini, beside the settings, readable only by the user
// (0600) and holding the keys in plain text; the Settings page says which store is in use.
#pragma once

#include <QMap>
#include <QString>

#include <memory>
#include <optional>

namespace qwendesk::app {

class SecretStore {
public:
    virtual ~SecretStore() = default;
    // Synchronous (QtKeychain's jobs are awaited in a local event loop); any thread.
    virtual std::optional<QString> read(const QString& account) = 0;
    virtual bool write(const QString& account, const QString& secret) = 0;
    virtual bool remove(const QString& account) = 0;
    // "keychain", "file" or "memory", for the Settings page.
    virtual QString kind() const = 0;
};

// The keychain when built with QtKeychain and a service answers; otherwise the file at `fallbackPath`.
std::unique_ptr<SecretStore> makeSecretStore(const QString& fallbackPath);
std::unique_ptr<SecretStore> makeFileSecretStore(const QString& path);

class MemorySecretStore : public SecretStore {
public:
    std::optional<QString> read(const QString& account) override {
        auto it = secrets_.find(account);
        if (it == secrets_.end()) return std::nullopt;
        return *it;
    }
    bool write(const QString& account, const QString& secret) override {
        secrets_[account] = secret;
        return true;
    }
    bool remove(const QString& account) override { return secrets_.remove(account) > 0; }
    QString kind() const override { return QStringLiteral("memory"); }

private:
    QMap<QString, QString> secrets_;
};

}  // namespace qwendesk::app
