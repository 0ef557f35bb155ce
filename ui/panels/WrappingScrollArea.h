#pragma once

#include <QScrollArea>

/// A vertical scroll area whose widget gets the height its layout needs for the viewport's width
/// (QScrollArea sizes it by its minimum size, which ignores wrapped lines): wrapped text such as
/// Nastaliq or a long address keeps its height, and scrolls when there is less room than that.
class WrappingScrollArea final : public QScrollArea
{
    Q_OBJECT

public:
    explicit WrappingScrollArea(QWidget* content, QWidget* parent = nullptr);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void fitContent();
};
