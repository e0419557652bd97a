#pragma once

#include <QList>
#include <QSettings>
#include <QVariant>

#include <utility>

class QMainWindow;
class QSplitter;

// The main window's own settings ("window/…"): geometry, state, splitters, the last registry and page. No
// secrets. A value is written only when it changed: QSettings rewrites and syncs the whole file for any
// change, and a window closed as it was opened then writes nothing.
class WindowSettings
{
public:
    using Splitters = QList<std::pair<const char*, QSplitter*>>; // key name, splitter

    QVariant value(const char* name) const;
    void put(const char* name, const QVariant& value);

    void restoreLayout(QMainWindow* window, const Splitters& splitters) const;
    void saveLayout(const QMainWindow* window, const Splitters& splitters);

private:
    static QString key(const char* name);
    QSettings m_settings;
};
