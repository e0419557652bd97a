#pragma once

#include <QDialog>

class QAction;
class QLabel;
class QMenu;
class QPushButton;
class QSpinBox;

// Tools ▸ Preferences: how much room Depot's saved pages (the answer cache) may take, how much they take now,
// and Clear Cache. Changes apply at once; the cache drops the least recently used pages beyond the limit.
class PreferencesDialog : public QDialog
{
    Q_OBJECT
public:
    explicit PreferencesDialog(QWidget* parent = nullptr);
    // "Preferences…" at the end of `menu` (Tools), opening the dialog over `window`.
    static QAction* addAction(QMenu* menu, QWidget* window);

    QSpinBox* limitBox() const { return m_limit; }
    QLabel* usedLabel() const { return m_used; }
    QPushButton* clearButton() const { return m_clear; }

private:
    void updateUsed();

    QSpinBox* m_limit;
    QLabel* m_used;
    QPushButton* m_clear;
};
