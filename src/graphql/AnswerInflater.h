#pragma once

#include <QByteArray>
#include <QString>

#include <memory>

// Inflates a gzip or deflate answer as its bytes arrive, so that the size cap counts what Depot would hold,
// not what came over the wire: a 10 MB body can inflate to 10 GB. Qt's own decompression is switched off
// for GraphQL requests (they set Accept-Encoding themselves) because it cannot say "too large" apart from
// "corrupt", and counts the whole answer ahead in a second decoder. The only code that includes zlib.
class AnswerInflater
{
public:
    enum class Result {
        Ok,       // all of `compressed` was inflated
        TooLarge, // the inflated bytes would pass the limit; `out` holds what fitted
        Corrupt,  // not a valid stream of this encoding
    };

    // "gzip", "x-gzip" or "deflate" (as the Content-Encoding header names them).
    static bool supports(const QByteArray& encoding);

    explicit AnswerInflater(const QByteArray& encoding);
    ~AnswerInflater();
    AnswerInflater(const AnswerInflater&) = delete;
    AnswerInflater& operator=(const AnswerInflater&) = delete;

    // Appends the inflated bytes of `compressed` to `out`, stopping as soon as `out` would pass `limit`.
    Result inflate(const QByteArray& compressed, QByteArray& out, qint64 limit);
    // The compressed stream ended (its checksum checked): a complete answer.
    bool isComplete() const;
    // zlib's reason for Corrupt, for the log.
    QString errorString() const;

private:
    struct Private;
    std::unique_ptr<Private> d;
};
