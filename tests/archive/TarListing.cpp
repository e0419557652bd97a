#include "TarListing.h"

#include <QMap>

namespace {

constexpr int kBlock = 512;

QByteArray field(const QByteArray& block, int offset, int width)
{
    const QByteArray raw = block.mid(offset, width);
    const qsizetype end = raw.indexOf('\0');
    return end < 0 ? raw : raw.left(end);
}

qint64 number(const QByteArray& block, int offset, int width)
{
    return field(block, offset, width).trimmed().toLongLong(nullptr, 8);
}

QMap<QByteArray, QByteArray> paxRecords(const QByteArray& content)
{
    QMap<QByteArray, QByteArray> records;
    qsizetype at = 0;
    while (at < content.size()) {
        const qsizetype space = content.indexOf(' ', at);
        const qsizetype length = space < 0 ? 0 : content.mid(at, space - at).toLongLong();
        if (length <= 0)
            break;
        const QByteArray record = content.mid(space + 1, at + length - space - 2); // without the '\n'
        const qsizetype equals = record.indexOf('=');
        records.insert(record.left(equals), record.mid(equals + 1));
        at += length;
    }
    return records;
}

} // namespace

QList<TarListing::Header> TarListing::read(const QByteArray& tar, bool* ok)
{
    QList<Header> headers;
    QMap<QByteArray, QByteArray> pax;
    *ok = false;
    qsizetype at = 0;
    while (at + kBlock <= tar.size()) {
        const QByteArray block = tar.mid(at, kBlock);
        if (block.count('\0') == kBlock) {
            *ok = true; // the end-of-archive block
            return headers;
        }
        QByteArray blank = block;
        blank.replace(148, 8, QByteArray(8, ' '));
        int sum = 0;
        for (const char c : std::as_const(blank))
            sum += static_cast<unsigned char>(c);
        if (sum != number(block, 148, 8))
            return {};
        Header h;
        h.name = field(block, 0, 100);
        const QByteArray prefix = field(block, 345, 155);
        if (!prefix.isEmpty())
            h.name = prefix + '/' + h.name;
        h.type = block.at(156);
        h.mode = int(number(block, 100, 8));
        h.uid = number(block, 108, 8);
        h.gid = number(block, 116, 8);
        h.size = number(block, 124, 12);
        h.mtime = number(block, 136, 12);
        h.link = field(block, 157, 100);
        h.uname = field(block, 265, 32);
        h.gname = field(block, 297, 32);
        if (pax.contains("size"))
            h.size = pax.value("size").toLongLong();
        at += kBlock;
        const QByteArray content = tar.mid(at, h.size);
        at += (h.size + kBlock - 1) / kBlock * kBlock;
        if (h.type == 'x') {
            pax = paxRecords(content);
            continue;
        }
        if (h.type == 'g')
            continue;
        h.name = pax.value("path", h.name);
        h.link = pax.value("linkpath", h.link);
        pax.clear();
        headers.append(h);
    }
    return {};
}
