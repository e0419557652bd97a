#pragma once

#include <QPushButton>

// A link that is a real button: reachable with Tab, pressed with Space, named for screen readers and
// clickable in tests, but drawn like a hyperlink (flat, link colour, pointing hand).
class LinkButton : public QPushButton
{
    Q_OBJECT
public:
    explicit LinkButton(QWidget* parent = nullptr);
    LinkButton(const QString& text, QWidget* parent = nullptr);

    // A link to a web address: its host as the text, the whole address as the tooltip, `accessibleName`
    // ("Open website %1", with the address for %1) for screen readers; hidden when `url` is not valid.
    void showUrl(const QUrl& url, const QString& accessibleName);

protected:
    void changeEvent(QEvent* event) override;

private:
    void applyLinkLook();

    bool m_applying = false; // setPalette() inside changeEvent() would recurse
};
