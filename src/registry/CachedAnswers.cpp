#include "CachedAnswers.h"

#include "graphql/AnswerCache.h"

namespace CachedAnswers {

void forgetPrivate(const QUrl& endpoint)
{
    AnswerCache().forgetPrivate(endpoint);
}

void clear()
{
    AnswerCache().clear();
}

qint64 sizeOnDisk()
{
    return AnswerCache().sizeOnDisk();
}

qint64 limitBytes()
{
    return AnswerCache::limitBytes();
}

void setLimitBytes(qint64 bytes)
{
    AnswerCache::setLimitBytes(bytes);
}

QString folder()
{
    return AnswerCache::defaultFolder();
}

} // namespace CachedAnswers
