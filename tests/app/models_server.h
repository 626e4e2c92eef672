// A loopback HTTP server that answers GET /v1/models with a fixed list (and 401 when a key is required and
// the request does not carry it), for "Test connection" and the model list in Settings.
#pragma once

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTcpServer>
#include <QTcpSocket>
#include <QUrl>

class ModelsServer : public QObject {
public:
    explicit ModelsServer(QStringList models, QString key = {}) : models_(std::move(models)), key_(std::move(key)) {
        server_.listen(QHostAddress::LocalHost, 0);
        connect(&server_, &QTcpServer::newConnection, this, [this] {
            while (QTcpSocket* s = server_.nextPendingConnection()) {
                auto buffer = std::make_shared<QByteArray>();
                connect(s, &QTcpSocket::readyRead, s, [this, s, buffer] {
                    *buffer += s->readAll();
                    if (!buffer->contains("\r\n\r\n")) return;
                    lastRequest_ = *buffer;
                    s->write(answer(*buffer));
                    s->flush();
                    s->disconnectFromHost();
                });
                connect(s, &QTcpSocket::disconnected, s, &QObject::deleteLater);
            }
        });
    }
    QString url() const { return QStringLiteral("http://127.0.0.1:%1/v1").arg(server_.serverPort()); }
    QByteArray lastRequest() const { return lastRequest_; }

private:
    QByteArray answer(const QByteArray& request) const {
        const bool authorized = key_.isEmpty() || request.contains("Authorization: Bearer " + key_.toUtf8());
        QByteArray body;
        QByteArray status = "200 OK";
        if (!authorized) {
            status = "401 Unauthorized";
            body = R"({"error":{"message":"invalid API key","type":"authentication_error"}})";
        } else {
            QJsonArray data;
            for (const QString& m : models_) data.append(QJsonObject{{QStringLiteral("id"), m}, {QStringLiteral("object"), QStringLiteral("model")}});
            body = QJsonDocument(QJsonObject{{QStringLiteral("object"), QStringLiteral("list")}, {QStringLiteral("data"), data}})
                       .toJson(QJsonDocument::Compact);
        }
        return "HTTP/1.1 " + status + "\r\nContent-Type: application/json\r\nContent-Length: " + QByteArray::number(body.size()) +
               "\r\nConnection: close\r\n\r\n" + body;
    }

    QTcpServer server_;
    QStringList models_;
    QString key_;
    QByteArray lastRequest_;
};
