# Reading C++ source text for the project's source checks (theme colours, bidi values).
package CppText;

use strict;
use warnings;
use Exporter 'import';

our @EXPORT_OK = qw(argumentAt);

# The text between the "(" at $open and its matching ")", skipping string and character literals,
# and the offset just after that ")".
sub argumentAt
{
    my ($text, $open) = @_;
    my ($depth, $quote) = (0, '');
    for (my $i = $open; $i < length $text; ++$i) {
        my $c = substr($text, $i, 1);
        if ($quote) {
            if ($c eq '\\') { ++$i; next; }
            $quote = '' if $c eq $quote;
            next;
        }
        if ($c eq '"' || $c eq "'") { $quote = $c; next; }
        ++$depth if $c eq '(';
        if ($c eq ')' && --$depth == 0) { return (substr($text, $open + 1, $i - $open - 1), $i + 1); }
    }
    return (substr($text, $open + 1), length $text);
}

1;
