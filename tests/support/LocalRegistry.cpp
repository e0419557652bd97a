#include "LocalRegistry.h"

#include <QDir>
#include <QEventLoop>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QTimer>

#include <cstdio>
#include <signal.h>
#include <sys/prctl.h>

namespace {

constexpr int startTimeoutMs = 60000;
constexpr int controlTimeoutMs = 15000;

} // namespace

LocalRegistry::LocalRegistry()
    : LocalRegistry(Options{})
{}

LocalRegistry::LocalRegistry(Options options)
    : m_options(std::move(options))
{
    // The server's diagnostics go to the test's stderr so a failing test shows why.
    QObject::connect(&m_process, &QProcess::readyReadStandardError, [this] {
        const QByteArray text = m_process.readAllStandardError();
        std::fwrite(text.constData(), 1, size_t(text.size()), stderr);
        std::fflush(stderr);
    });
}

LocalRegistry::~LocalRegistry()
{
    stop();
}

QString LocalRegistry::serverScript()
{
    return QStringLiteral(DEPOT_SOURCE_DIR "/local-registry/server.mjs");
}

bool LocalRegistry::start(QString* error)
{
    auto fail = [error](const QString& why) {
        if (error)
            *error = why;
        return false;
    };
    if (isRunning())
        return true;
    m_dataDir = m_options.dataDir;
    if (m_dataDir.isEmpty()) {
        m_tempDir = std::make_unique<QTemporaryDir>();
        if (!m_tempDir->isValid())
            return fail(QStringLiteral("cannot create a temporary data folder"));
        m_dataDir = m_tempDir->path();
    }
    QStringList arguments{serverScript(), QStringLiteral("--port"), QString::number(m_options.port),
                          QStringLiteral("--data"), m_dataDir};
    if (!m_options.seed.isEmpty())
        arguments << QStringLiteral("--seed") << m_options.seed;
    if (m_options.faults)
        arguments << QStringLiteral("--faults");

    m_baseUrl.clear();
    QByteArray stdoutText;
    QEventLoop loop;
    QTimer timer;
    timer.setSingleShot(true);
    const auto onStdout = QObject::connect(&m_process, &QProcess::readyReadStandardOutput, &loop, [&] {
        stdoutText += m_process.readAllStandardOutput();
        const QByteArray marker = "listening on ";
        const qsizetype at = stdoutText.indexOf(marker);
        const qsizetype end = at < 0 ? -1 : stdoutText.indexOf('\n', at);
        if (end > at) {
            m_baseUrl = QUrl(
                QString::fromUtf8(stdoutText.mid(at + marker.size(), end - at - marker.size()).trimmed()));
            loop.quit();
        }
    });
    const auto onFinished = QObject::connect(&m_process, &QProcess::finished, &loop, &QEventLoop::quit);
    const auto onError = QObject::connect(&m_process, &QProcess::errorOccurred, &loop, &QEventLoop::quit);
    QObject::connect(&timer, &QTimer::timeout, &loop, &QEventLoop::quit);

    m_process.setProgram(QStringLiteral(DEPOT_NODE_EXECUTABLE));
    m_process.setArguments(arguments);
    m_process.setProcessChannelMode(QProcess::SeparateChannels);
    // A test that is killed (a timeout, a crash, gui-probe ending it) must not leave its server running:
    // the kernel ends the server when this process dies.
    m_process.setChildProcessModifier([] { ::prctl(PR_SET_PDEATHSIG, SIGTERM); });
    m_process.start();
    timer.start(startTimeoutMs);
    loop.exec();
    QObject::disconnect(onStdout);
    QObject::disconnect(onFinished);
    QObject::disconnect(onError);

    if (m_baseUrl.isValid())
        return true;
    const QString why = m_process.state() == QProcess::NotRunning
                            ? QStringLiteral("the local registry exited (%1)").arg(m_process.errorString())
                            : QStringLiteral("the local registry did not say it was listening within %1 s")
                                  .arg(startTimeoutMs / 1000);
    kill();
    return fail(why);
}

void LocalRegistry::stop()
{
    if (m_process.state() == QProcess::NotRunning)
        return;
    m_process.terminate();
    if (!m_process.waitForFinished(10000))
        kill();
}

void LocalRegistry::kill()
{
    if (m_process.state() == QProcess::NotRunning)
        return;
    m_process.kill();
    m_process.waitForFinished(10000);
}

bool LocalRegistry::isRunning() const
{
    return m_process.state() != QProcess::NotRunning;
}

QUrl LocalRegistry::baseUrl() const
{
    return m_baseUrl;
}

QUrl LocalRegistry::endpoint(const QString& dialect) const
{
    QUrl url = m_baseUrl;
    url.setPath(QStringLiteral("/%1/graphql").arg(dialect));
    return url;
}

QString LocalRegistry::dataDir() const
{
    return m_dataDir;
}

bool LocalRegistry::armFault(const QJsonObject& fault)
{
    const QJsonDocument answer = control("POST", QStringLiteral("/_control/faults"), fault);
    return answer.isObject() && answer.object().contains(QLatin1String("id"));
}

bool LocalRegistry::clearFaults()
{
    return control("DELETE", QStringLiteral("/_control/faults")).isObject();
}

QJsonArray LocalRegistry::requestLog()
{
    return control("GET", QStringLiteral("/_control/requests")).array();
}

bool LocalRegistry::clearRequestLog()
{
    return control("DELETE", QStringLiteral("/_control/requests")).isObject();
}

int LocalRegistry::openSubscriptions()
{
    return control("GET", QStringLiteral("/_control/subscriptions"))
        .object()
        .value(QStringLiteral("open"))
        .toInt(-1);
}

int LocalRegistry::dropSubscriptions()
{
    return control("POST", QStringLiteral("/_control/subscriptions/drop"))
        .object()
        .value(QStringLiteral("dropped"))
        .toInt(-1);
}

QJsonDocument LocalRegistry::control(const QByteArray& method, const QString& path, const QJsonObject& body)
{
    if (!m_baseUrl.isValid())
        return {};
    QUrl url = m_baseUrl;
    url.setPath(path);
    QNetworkRequest request(url);
    request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    QNetworkAccessManager network;
    QNetworkReply* reply = network.sendCustomRequest(
        request, method,
        method == "POST" ? QJsonDocument(body).toJson(QJsonDocument::Compact) : QByteArray());
    QEventLoop loop;
    QTimer timer;
    timer.setSingleShot(true);
    QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    QObject::connect(&timer, &QTimer::timeout, &loop, &QEventLoop::quit);
    timer.start(controlTimeoutMs);
    loop.exec();
    if (!reply->isFinished() || reply->error() != QNetworkReply::NoError) {
        std::fprintf(stderr, "LocalRegistry: %s %s failed: %s\n", method.constData(), qPrintable(path),
                     qPrintable(reply->isFinished() ? reply->errorString() : QStringLiteral("timeout")));
        reply->abort();
        delete reply;
        return {};
    }
    const QJsonDocument answer = QJsonDocument::fromJson(reply->readAll());
    delete reply;
    return answer;
}
