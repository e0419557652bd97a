#pragma once

#include <QUrl>
#include <QtGlobal>

// The answer cache (graphql/AnswerCache) as session/ and views/ may see it, without including graphql/: what
// signing out removes, and what the preferences show and clear.
namespace CachedAnswers {
// Removes every answer of the registry at `endpoint` that was fetched with a credential.
void forgetPrivate(const QUrl& endpoint);
// Removes every kept answer of every registry.
void clear();
qint64 sizeOnDisk();
qint64 limitBytes();
void setLimitBytes(qint64 bytes);
// Where the answers are kept (for the preferences to show).
QString folder();
} // namespace CachedAnswers
