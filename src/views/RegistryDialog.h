#pragma once

#include "auth/Credential.h"
#include "registry/Dialect.h"
#include "registry/RegistryEntry.h"

#include <QDialog>
#include <QPointer>

#include <optional>

class KeyCheck;
class KeyEntry;
class QComboBox;
class QDialogButtonBox;
class QGroupBox;
class QLabel;
class QLineEdit;
class QTimer;
class RegistryJob;
class Workspace;

// Adds or edits a registry: a name, the GraphQL endpoint and its kind ("Detect automatically" or forced), and
// (with a Workspace) a key for it, in the fields its kind asks for. OK stays disabled until the address is a
// valid http(s) URL. A key typed here is checked with the registry and kept in the keychain before the dialog
// closes; a refused key is said next to it and nothing is kept.
class RegistryDialog : public QDialog
{
    Q_OBJECT
public:
    explicit RegistryDialog(QWidget* parent = nullptr);
    ~RegistryDialog() override;

    // Offers the key fields: the network to check a key with, and the accounts that keep it.
    void setWorkspace(Workspace* workspace);
    // Fills the fields from an existing entry (edit mode).
    void setEntry(const RegistryEntry& entry);
    // The entry as typed. The detected dialect is kept only when the address did not change.
    RegistryEntry entry() const;

    KeyEntry* keyEntry() const { return m_key; }
    // "Checking the key…" while the key is being checked and stored.
    bool isChecking() const;

    // Why `text` is not a registry address, or an empty string when it is one.
    static QString urlProblem(const QString& text);

    void done(int result) override;

private:
    void validate();
    void submit();
    void checkKey();
    void storeKey(const Credential& key);
    void setBusy(bool busy, const QString& text = {});
    void showProblem(const QString& text);
    void fitContents();
    // The kind as far as it is known: forced, detected for this address, or unknown.
    std::optional<Dialect> knownDialect() const;
    void detectSoon();
    void adaptKeyForm();

    QLineEdit* m_name;
    QLineEdit* m_url;
    QComboBox* m_dialect;
    QLabel* m_problem;
    QGroupBox* m_keyBox;
    KeyEntry* m_key;
    QLabel* m_busyLabel;
    QDialogButtonBox* m_buttons;
    RegistryEntry m_original;
    QPointer<Workspace> m_workspace;
    KeyCheck* m_check = nullptr;
    QTimer* m_detectTimer;
    QPointer<RegistryJob> m_detection;
    QUrl m_detectedUrl; // the address m_detected belongs to
    std::optional<Dialect> m_detected;
    bool m_busy = false;
    bool m_editing = false;
};
