#include "AnswerInflater.h"

#include "AnswerBudget.h"

#include <array>
#include <zlib.h>

namespace {
// zlib's windowBits: 15 plus 32 reads a gzip or zlib header, whichever it finds; negative reads raw deflate,
// which some servers send as "deflate" against the RFC (Qt and browsers accept it too).
constexpr int kAutoHeader = MAX_WBITS + 32;
constexpr int kRawDeflate = -MAX_WBITS;
} // namespace

struct AnswerInflater::Private
{
    z_stream stream{};
    bool ready = false;
    bool complete = false;
    bool triedRaw = false;
    QString error;

    bool init(int windowBits)
    {
        if (ready)
            inflateEnd(&stream);
        stream = z_stream{};
        ready = inflateInit2(&stream, windowBits) == Z_OK;
        return ready;
    }
};

bool AnswerInflater::supports(const QByteArray& encoding)
{
    const QByteArray name = encoding.trimmed().toLower();
    return name == "gzip" || name == "x-gzip" || name == "deflate";
}

AnswerInflater::AnswerInflater(const QByteArray& encoding)
    : d(std::make_unique<Private>())
{
    // A deflate answer may also come without its zlib header.
    d->triedRaw = encoding.trimmed().toLower() != "deflate";
    if (!d->init(kAutoHeader))
        d->error = QStringLiteral("zlib could not start");
}

AnswerInflater::~AnswerInflater()
{
    if (d->ready)
        inflateEnd(&d->stream);
}

bool AnswerInflater::isComplete() const
{
    return d->complete;
}

QString AnswerInflater::errorString() const
{
    return d->error;
}

AnswerInflater::Result AnswerInflater::inflate(const QByteArray& compressed, QByteArray& out, qint64 limit)
{
    if (!d->ready)
        return Result::Corrupt;
    // Inflated a slice at a time: the limit is checked after each one, so a bomb stops within a slice of it.
    std::array<char, 64 * 1024> slice;
    const auto* input = reinterpret_cast<const Bytef*>(compressed.constData());
    const uInt left = uInt(compressed.size());
    d->stream.next_in = const_cast<Bytef*>(input);
    d->stream.avail_in = left;
    for (;;) {
        if (d->complete) {
            if (d->stream.avail_in == 0)
                break;
            // Bytes after the end: a gzip answer may be several members one after the other.
            const Bytef* rest = d->stream.next_in;
            const uInt restSize = d->stream.avail_in;
            if (!d->init(kAutoHeader))
                return Result::Corrupt;
            d->complete = false;
            d->stream.next_in = const_cast<Bytef*>(rest);
            d->stream.avail_in = restSize;
        }
        d->stream.next_out = reinterpret_cast<Bytef*>(slice.data());
        d->stream.avail_out = uInt(slice.size());
        const uLong consumedBefore = d->stream.total_in;
        const int status = ::inflate(&d->stream, Z_NO_FLUSH);
        if (status == Z_DATA_ERROR && !d->triedRaw && consumedBefore == 0 && out.isEmpty()) {
            d->triedRaw = true;
            if (!d->init(kRawDeflate))
                return Result::Corrupt;
            d->stream.next_in = const_cast<Bytef*>(input);
            d->stream.avail_in = left;
            continue;
        }
        if (status != Z_OK && status != Z_STREAM_END && status != Z_BUF_ERROR) {
            d->error = QString::fromLatin1(d->stream.msg ? d->stream.msg : "invalid compressed data");
            return Result::Corrupt;
        }
        const qint64 produced = qint64(slice.size()) - d->stream.avail_out;
        AnswerBudget::makeRoom(out, out.size() + produced, limit);
        if (out.size() + produced > limit) {
            out.append(slice.data(), qMax<qint64>(0, limit - out.size()));
            return Result::TooLarge;
        }
        out.append(slice.data(), produced);
        if (status == Z_STREAM_END) {
            d->complete = true;
            continue;
        }
        // Done with this chunk: all of it read and nothing more waiting inside zlib (the slice was not
        // filled).
        if (status == Z_BUF_ERROR || (d->stream.avail_in == 0 && d->stream.avail_out > 0))
            break;
    }
    return Result::Ok;
}
