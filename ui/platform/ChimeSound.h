#pragma once

#include "platform/AlertSound.h"

#include <QObject>

class QSoundEffect;

/// AlertSound of the program: the bundled chime (resources/sounds/hold-warning.wav) through Qt
/// Multimedia. The audio output is opened at the first play(), not at start. Where there is none (a
/// server, a session without sound, a broken device) play() writes one log line and rings the
/// desktop's bell instead: no dialog, no crash.
class ChimeSound final : public QObject, public AlertSound
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ChimeSound)

public:
    explicit ChimeSound(QObject* parent = nullptr);
    ~ChimeSound() override;

    void play() override;

private:
    void fallBack(const QString& reason);

    QSoundEffect* m_effect = nullptr;
    bool m_logged = false; ///< a missing or failing output is logged once, not at every warning
};
