#pragma once

#include <QByteArray>
#include <QList>
#include <QString>

// What each fuzz target does with one input: the same code runs under libFuzzer (tests/fuzz/libfuzzer/, built
// by scripts/fuzz with clang) and as a corpus replay in the normal test suite (tst_fuzz), so every seed and
// every input that once crashed stays a regression test, also under scripts/test --asan.
//
// Every entry takes the raw bytes of an HTTP answer body, as a server could send them: the bytes go through
// QJsonDocument and then through the decoder, exactly as the client does.
namespace FuzzEntries {

// AnswerDecoder: status + body -> data / errors / Error, for a success and a failure status.
void answer(const QByteArray& bytes);
// The dialect decoders on the `data` object of the answer (or on the whole object when it has none).
void dataPm(const QByteArray& bytes);
void wasmer(const QByteArray& bytes);
// wasmer.toml text -> WasmerManifest::parse.
void wasmerToml(const QByteArray& bytes);
void metabind(const QByteArray& bytes);
// The DataPM package-file checker (publish form) on a package file's text, and CSV type inference on a file.
void packageFile(const QByteArray& bytes);
void csv(const QByteArray& bytes);

struct Target
{
    QString name; // the folder under tests/fuzz/corpus/ and the libFuzzer executable fuzz_<name>
    void (*run)(const QByteArray& bytes);
};
QList<Target> targets();

} // namespace FuzzEntries
