#include "platform/ChimeSound.h"

#include "common/Log.h"

#include <QApplication>
#include <QAudioDevice>
#include <QMediaDevices>
#include <QSoundEffect>
#include <QUrl>

using namespace Qt::StringLiterals;

ChimeSound::ChimeSound(QObject* parent)
    : QObject(parent)
{
}

ChimeSound::~ChimeSound() = default;

void ChimeSound::play()
{
    // Asked each time: a headset plugged in after a failure is used at the next warning.
    const QAudioDevice output = QMediaDevices::defaultAudioOutput();
    if (output.isNull()) {
        fallBack(u"no audio output"_s);
        return;
    }
    if (!m_effect || m_effect->status() == QSoundEffect::Error) {
        delete m_effect;
        m_effect = new QSoundEffect(output, this);
        connect(m_effect, &QSoundEffect::statusChanged, this, [this] {
            if (m_effect->status() == QSoundEffect::Error)
                fallBack(u"the audio output could not play it"_s);
        });
        m_effect->setSource(QUrl(u"qrc:/sounds/hold-warning.wav"_s));
    }
    // While the file is still loading, QSoundEffect plays it once loaded.
    m_effect->play();
}

void ChimeSound::fallBack(const QString& reason)
{
    if (!m_logged)
        qCWarning(lcUi) << "hold warning sound not played:" << reason << "- ringing the desktop bell instead";
    m_logged = true;
    QApplication::beep();
}
