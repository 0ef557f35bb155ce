#!/usr/bin/perl
# Fails when front-end code writes a colour itself instead of asking ui/platform/Theme (STYLE §8: one
# theme): a style sheet with a literal colour ("#b3261e", "rgb(…)", a colour name like "red"), a QColor
# or Qt::GlobalColor literal, or a colour property with such a value in any string (rich text).
# ui/platform/Theme.cpp, which derives every colour from the palette, is the one place allowed.
# Usage: check-theme-colours.pl DIR...      Prints each finding, then "N colour literal(s)".
use strict;
use warnings;
use File::Find;
use FindBin;
use lib "$FindBin::Bin/../support/perl";
use CppText qw(argumentAt);

my $names = qr/\b(?:red|green|blue|white|black|yellow|orange|gr[ae]y|purple|magenta|cyan|pink|brown|maroon
    |navy|olive|teal|silver|lime|aqua|fuchsia|gold|transparent|(?:dark|light)[a-z]+)\b/xi;
my $literal = qr/\#[0-9a-fA-F]{3}(?:[0-9a-fA-F]{3})?(?:[0-9a-fA-F]{2})?\b|\b(?:rgba?|hsla?|hsva?)\s*\(/;
my $colourProperty = qr/\b(?:color|background(?:-color)?|border(?:-[a-z]+)*|outline|selection-[a-z-]+)\s*:
    [^;"<>{}]*?(?:$literal|$names)/xi;

my @findings;

sub report
{
    my ($file, $text, $offset, $what) = @_;
    my $line = 1 + (substr($text, 0, $offset) =~ tr/\n//);
    $what =~ s/\s+/ /g;
    push @findings, "$file:$line: $what";
}


sub check
{
    my ($file) = @_;
    return unless $file =~ /\.(?:cpp|h|ui)$/;
    return if $file =~ m{(?:^|/)platform/Theme\.cpp$};
    open(my $in, '<:encoding(UTF-8)', $file) or die "$file: $!";
    my $text = do { local $/; <$in> };
    close $in;

    while ($text =~ /\bsetStyleSheet\s*\(/g) {
        my $open = pos($text) - 1;
        my ($argument) = argumentAt($text, $open);
        report($file, $text, $open, "style sheet with a literal colour: $argument")
            if $argument =~ $literal || $argument =~ $names;
    }
    while ($text =~ /\bQColor\s*\(\s*(?:0x|\d|u?"|Qt::)|\bQt::(?:red|green|blue|white|black|yellow|cyan|magenta|gray
        |darkRed|darkGreen|darkBlue|darkYellow|darkCyan|darkMagenta|darkGray|lightGray)\b/gx) {
        report($file, $text, $-[0], "colour literal: $&");
    }
    while ($text =~ /u?"$literal"/g) {
        report($file, $text, $-[0], "colour string: $&");
    }
    while ($text =~ /$colourProperty/g) {
        report($file, $text, $-[0], "colour property with a literal value: $&");
    }
    # .ui forms: a styleSheet property with a colour.
    while ($file =~ /\.ui$/ && $text =~ /<property name="styleSheet">.*?<\/property>/gs) {
        my $property = $&;
        report($file, $text, $-[0], "form style sheet with a literal colour")
            if $property =~ $literal || $property =~ $names;
    }
}

die "usage: check-theme-colours.pl DIR...\n" unless @ARGV;
find({wanted => sub { check($File::Find::name) if -f $_ }, no_chdir => 1}, @ARGV);
my %seen;
@findings = grep { !$seen{$_}++ } @findings;
print "$_\n" for @findings;
print scalar(@findings) . " colour literal(s)\n";
exit(@findings ? 1 : 0);
