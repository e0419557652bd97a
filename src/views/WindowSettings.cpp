#include "WindowSettings.h"

#include <QMainWindow>
#include <QSplitter>

QString WindowSettings::key(const char* name)
{
    return QStringLiteral("window/") + QLatin1String(name);
}

QVariant WindowSettings::value(const char* name) const
{
    return m_settings.value(key(name));
}

void WindowSettings::put(const char* name, const QVariant& value)
{
    if (m_settings.value(key(name)) != value)
        m_settings.setValue(key(name), value);
}

void WindowSettings::restoreLayout(QMainWindow* window, const Splitters& splitters) const
{
    if (!window->restoreGeometry(value("geometry").toByteArray()))
        window->resize(1180, 720);
    window->restoreState(value("state").toByteArray());
    for (const auto& [name, splitter] : splitters)
        splitter->restoreState(value(name).toByteArray());
}

void WindowSettings::saveLayout(const QMainWindow* window, const Splitters& splitters)
{
    put("geometry", window->saveGeometry());
    put("state", window->saveState());
    for (const auto& [name, splitter] : splitters)
        put(name, splitter->saveState());
}
