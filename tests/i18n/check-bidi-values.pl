#!/usr/bin/perl
# Fails when a translated sentence takes a value of a kind that right-to-left text garbles without the
# value going through app/i18n/BidiText (STYLE §3, right-to-left): phone numbers, e-mail addresses,
# paths and file names, database names and addresses, dates and times, names people typed.
# It reads every tr(…) / translate(…) followed by .arg(…) and looks at each argument: one that calls
# BidiText (or a helper that returns its result) passes; one that names a value of those kinds fails.
# A plain local variable is judged by the text it was last set to before the sentence, so
# `const QString when = BidiText::dateTime(…); … tr("Due on %1.").arg(when)` passes.
# Usage: check-bidi-values.pl [--list] DIR...
#   Prints each finding, then "N unisolated value(s)"; --list also prints every argument it judged.
use strict;
use warnings;
use File::Find;
use FindBin;
use lib "$FindBin::Bin/../support/perl";
use CppText qw(argumentAt);

# Kinds of value, by the words that name them in an expression.
my $valueKind = qr/
      phone | remoteNumber | \bnumber\b(?!\s*\() | \.number\b(?!\s*\() | \bextension\b
    | e-?mail | \burl\b | \bhost\b | toNativeSeparators | fileName | filePath | \bpath\b | \bfolder\b | \bdir\b
    | absolute | \borigin\b
    | databaseName | \bdatabase\b | config\(?\)?\.displayName | \bdb\b.*displayName
    | date | time(?!s\b) | \bwhen\b | \bdue\b | Utc\b | toLocalTime | (?-i:(?:Short|Long|Narrow)Format\b)
    | fullName | formalName | ownerName | agentName | customerName | \bname\b | \bsubject\b | salutation
    | organisation | address
/xi;
# What passes: the bidi helper itself, and a function of the same file whose body calls it (`helpers`).
my $isolatedBy = qr/\bBidiText::/;
# What is not a value of those kinds even if a word above appears: counts and durations in digits only,
# translated names of the program's own things, and format names.
my $harmless = qr/^\s*(?:
      QString::number\s*\( | (?:QLocale\(\)|locale(?:\(\))?)\.toString\(\s*[A-Za-z_:]+\s*\)\s*$
    | formatDuration\s*\( | compact\s*\( | clock\s*\(
    | (?:ChannelInfo|DispositionInfo|LanguageSwitcher|CardMasker|CustomerFieldNames)::\w+\s*\(
    | tr\s*\(
)/x;

# Arguments left as they are on purpose: "file suffix" => "argument", each with its reason.
my %plain = (
    # The card's own name label: salutation and name side by side as the card shows them, no sentence.
    'panels/CustomerCard.cpp' => qr/^(?:c\.salutation|c\.fullName\(\))$/,
    # The wrap-up summary is stored text the agent edits and searches later: no invisible controls in it.
    'windows/WrapUpFlow.cpp' => qr/^capture->address\(\)$/,
);

my (@findings, @listing);

sub lineOf
{
    my ($text, $offset) = @_;
    return 1 + (substr($text, 0, $offset) =~ tr/\n//);
}


# The arguments of a call, split at top-level commas.
sub splitArguments
{
    my ($list) = @_;
    my @parts;
    my ($depth, $quote, $start) = (0, '', 0);
    for (my $i = 0; $i < length $list; ++$i) {
        my $c = substr($list, $i, 1);
        if ($quote) {
            if ($c eq '\\') { ++$i; next; }
            $quote = '' if $c eq $quote;
            next;
        }
        if ($c eq '"' || $c eq "'") { $quote = $c; next; }
        ++$depth if $c =~ /[([{]/;
        --$depth if $c =~ /[)\]}]/;
        if ($c eq ',' && $depth == 0) {
            push @parts, substr($list, $start, $i - $start);
            $start = $i + 1;
        }
    }
    push @parts, substr($list, $start);
    return map { my $p = $_; $p =~ s/^\s+|\s+$//g; $p =~ s/\s+/ /g; $p } @parts;
}

# Without string literals and comments: words inside a literal say nothing of the value's kind.
sub code
{
    my ($expression) = @_;
    $expression =~ s/u?"(?:[^"\\]|\\.)*"(?:_s)?/""/g;
    return $expression;
}

# What a plain variable was last set to before $offset in $text, or '' when it was not set there
# (a parameter, a member).
sub definitionOf
{
    my ($text, $offset, $name) = @_;
    my $before = substr($text, 0, $offset);
    my $found = '';
    while ($before =~ /(?:\b(?:QString|auto)\s*[&]?\s+|[;{}]\s*)\Q$name\E\s*(?:\+?=|\{)\s*/g) {
        my $start = pos($before);
        my $rest = substr($text, $start);
        # Up to the end of the statement.
        my ($depth, $end) = (0, 0);
        for ($end = 0; $end < length $rest; ++$end) {
            my $c = substr($rest, $end, 1);
            ++$depth if $c =~ /[([{]/;
            --$depth if $c =~ /[)\]}]/;
            last if ($c eq ';' && $depth <= 0) || $depth < 0;
        }
        $found = substr($rest, 0, $end);
        # A value assigned in several steps counts as isolated only when each step is.
        pos($before) = $start;
    }
    return $found;
}

# `text` with its comments blanked out (offsets and lines kept); "//" inside a string literal stays.
sub withoutComments
{
    my ($text) = @_;
    my $out = '';
    my $quote = '';
    for (my $i = 0; $i < length $text; ++$i) {
        my $c = substr($text, $i, 1);
        if ($quote) {
            $out .= $c;
            if ($c eq '\\') { $out .= substr($text, ++$i, 1); next; }
            $quote = '' if $c eq $quote;
            next;
        }
        my $two = substr($text, $i, 2);
        if ($two eq '//') {
            my $end = index($text, "\n", $i);
            $end = length $text if $end < 0;
            $out .= ' ' x ($end - $i);
            $i = $end - 1;
            next;
        }
        if ($two eq '/*') {
            my $end = index($text, '*/', $i + 2);
            $end = $end < 0 ? length $text : $end + 2;
            (my $blank = substr($text, $i, $end - $i)) =~ s/[^\n]/ /g;
            $out .= $blank;
            $i = $end - 1;
            next;
        }
        $quote = $c if $c eq '"' || $c eq "'";
        $out .= $c;
    }
    return $out;
}

# The functions defined in `text` that return a text through BidiText ("QString shownFile(…) { return
# BidiText::leftToRight(…); }"), as a pattern of calls to them; undef when there are none.
sub helpersIn
{
    my ($text) = @_;
    my @names;
    while ($text =~ /\bQString\s+(?:\w+::)?(\w+)\s*\(/g) {
        my $name = $1;
        my ($parameters, $after) = argumentAt($text, pos($text) - 1);
        pos($text) = $after;
        next unless substr($text, $after) =~ /^\s*(?:const\s*)?\{/;
        my $open = $after + $+[0] - 1;
        my ($depth, $end) = (0, $open);
        for ($end = $open; $end < length $text; ++$end) {
            my $c = substr($text, $end, 1);
            ++$depth if $c eq '{';
            last if $c eq '}' && --$depth == 0;
        }
        push @names, $name if substr($text, $open, $end - $open) =~ $isolatedBy;
    }
    return undef unless @names;
    my $alternatives = join('|', map { quotemeta } @names);
    return qr/^\s*(?:$alternatives)\s*\(/;
}

sub judge
{
    my ($text, $offset, $argument, $helpers) = @_;
    my $expression = code($argument);
    return 'isolated' if $expression =~ $isolatedBy || ($helpers && $expression =~ $helpers);
    return 'harmless' if $expression =~ $harmless;
    if ($expression =~ /^[A-Za-z_]\w*$/) {
        my $definition = definitionOf($text, $offset, $expression);
        if ($definition ne '') {
            my $defined = code($definition);
            return 'isolated (set so)' if $defined =~ $isolatedBy || ($helpers && $defined =~ $helpers);
            return 'harmless (set so)' if $defined =~ $harmless;
            return 'VALUE (set so)' if $defined =~ $valueKind || $expression =~ $valueKind;
            return 'other (set so)';
        }
    }
    return 'VALUE' if $expression =~ $valueKind;
    return 'other';
}

sub check
{
    my ($file) = @_;
    return unless $file =~ /\.(?:cpp|h)$/;
    open(my $in, '<:encoding(UTF-8)', $file) or die "$file: $!";
    my $text = do { local $/; <$in> };
    close $in;
    $text = withoutComments($text);
    my $helpers = helpersIn($text);

    while ($text =~ /\b(?:tr|translate)\s*\(/g) {
        my $open = pos($text) - 1;
        my (undef, $after) = argumentAt($text, $open);
        pos($text) = $open + 1;
        while (substr($text, $after) =~ /^\s*\.\s*arg\s*\(/) {
            my $argOpen = $after + $+[0] - 1;
            my ($list, $end) = argumentAt($text, $argOpen);
            for my $argument (splitArguments($list)) {
                my $verdict = judge($text, $open, $argument, $helpers);
                my $where = "$file:" . lineOf($text, $argOpen);
                push @listing, "$where: [$verdict] $argument";
                if ($verdict =~ /^VALUE/) {
                    my ($suffix) = grep { $file =~ /(?:^|\/)\Q$_\E$/ } keys %plain;
                    if ($suffix && $argument =~ $plain{$suffix}) {
                        $listing[-1] =~ s/\[VALUE/[plain on purpose: VALUE/;
                    } else {
                        push @findings, "$where: $argument";
                    }
                }
            }
            $after = $end;
        }
    }
}

my $list = @ARGV && $ARGV[0] eq '--list' ? shift @ARGV : '';
die "usage: check-bidi-values.pl [--list] DIR...\n" unless @ARGV;
find({wanted => sub { check($File::Find::name) if -f $_ }, no_chdir => 1, preprocess => sub { sort @_ }}, @ARGV);
print "$_\n" for ($list ? @listing : @findings);
print scalar(@findings) . " unisolated value(s)\n";
exit(@findings ? 1 : 0);
