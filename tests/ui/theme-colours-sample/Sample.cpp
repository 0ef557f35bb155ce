// Not compiled: what tests/ui/check-theme-colours.pl must find. The `theme_colours_caught` test expects
// 8 findings: one per line below, two for each of the first two calls (the call and the property),
// none for the style sheet built without a literal.
void sample(QLabel* label, QFrame* frame, QTableWidgetItem* item)
{
    label->setStyleSheet(u"QLabel { color: #b3261e; }"_s);
    label->setStyleSheet(u"color: white; "_s
                         "padding: 6px;"_s);
    frame->setStyleSheet(frame->objectName() + stepStyle);
    item->setForeground(QColor(0xa4, 0x00, 0x00));
    item->setBackground(Qt::darkYellow);
    const QString colour = u"#1d5fa8"_s;
    label->setText(u"<span style=\"background-color: rgb(255, 0, 0)\">!</span>"_s);
}
