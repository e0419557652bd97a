#pragma once

#include <QWidget>

struct Error;
class QLabel;
class QPlainTextEdit;
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
    // An error under `title`: its sentence, and for a certificate Depot refused, "Show Certificate" (what the
    // server showed, to compare with what its owners publish). There is no way to accept it.
    void showError(const QString& title, const Error& error, const QString& actionText = {});
    bool isBusy() const;
    QString title() const;
    QString detail() const;
    QPushButton* actionButton() const { return m_action; }
    QPushButton* detailsButton() const { return m_detailsButton; }
    // The text "Show Certificate" unfolds; empty when there is none.
    QString details() const;

signals:
    void actionTriggered();

private:
    QLabel* m_title;
    QLabel* m_detail;
    QProgressBar* m_busy;
    QPushButton* m_action;
    QPushButton* m_detailsButton;
    QPlainTextEdit* m_details = nullptr; // made with the first certificate to show
};
