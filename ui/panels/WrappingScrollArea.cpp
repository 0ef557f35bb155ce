#include "panels/WrappingScrollArea.h"

#include <QEvent>
#include <QLayout>

WrappingScrollArea::WrappingScrollArea(QWidget* content, QWidget* parent)
    : QScrollArea(parent)
{
    setFrameShape(QFrame::NoFrame);
    setWidgetResizable(true);
    setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    setWidget(content);
    viewport()->installEventFilter(this);
    content->installEventFilter(this);
}

bool WrappingScrollArea::eventFilter(QObject* watched, QEvent* event)
{
    if ((watched == viewport() && event->type() == QEvent::Resize)
        || (watched == widget() && event->type() == QEvent::LayoutRequest))
        fitContent();
    return QScrollArea::eventFilter(watched, event);
}

void WrappingScrollArea::fitContent()
{
    QWidget* content = widget();
    const int width = viewport()->width();
    QLayout* lines = content ? content->layout() : nullptr;
    if (!lines || !lines->hasHeightForWidth() || width <= 0)
        return;
    const int needed = lines->totalHeightForWidth(width);
    if (needed != content->minimumHeight())
        content->setMinimumHeight(needed);
}
