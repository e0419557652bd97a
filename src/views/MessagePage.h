#pragma once

#include <QWidget>

class QLabel;
class QProgressBar;
class QPushButton;

// A centred message in place of a list: "Loading…", "No packages yet", an error with "Retry". Views never
// show a silent empty list; this is what they show instead.
class MessagePage : public QWidget
{
    Q_OBJECT
public:
    explicit MessagePage(QWidget* parent = nullptr);

    // An empty actionText hides the button.
    void showMessage(const QString& title, const QString& detail, const QString& actionText = {});
    // The same with a moving progress bar: something is under way (connecting, loading).
    void showBusy(const QString& title, const QString& detail = {});
    bool isBusy() const;
    QString title() const;
    QString detail() const;
    QPushButton* actionButton() const { return m_action; }

signals:
    void actionTriggered();

private:
    QLabel* m_title;
    QLabel* m_detail;
    QProgressBar* m_busy;
    QPushButton* m_action;
};
