#!/usr/bin/perl
# Writes unicode-nfkc.txt, the tables UnicodeNfkc.cs normalises passwords with, from the Unicode
# data in Perl's core modules: perl generate-unicode-nfkc.pl > unicode-nfkc.txt
#
# Why a table of our own: the solution builds with InvariantGlobalization=true, and in that mode
# string.Normalize leaves everything outside ASCII as it is, without an error. A frozen table also
# keeps a password's bytes the same on every machine, whatever ICU version it has.
use strict;
use warnings;
use Unicode::Normalize qw(getCompat getCombinClass isComp_Ex getCanon);
use Unicode::UCD qw(charinfo);

my (@decompositions, @classes, @compositions);
for my $cp (0 .. 0x10FFFF) {
    next if $cp >= 0xD800 && $cp <= 0xDFFF;    # surrogates are not characters
    next if $cp >= 0xAC00 && $cp <= 0xD7A3;    # Hangul syllables are decomposed by formula
    my $full = getCompat($cp);                 # full (recursive) compatibility decomposition
    push @decompositions, [$cp, [map { ord } split //, $full]] if defined $full;
    my $class = getCombinClass($cp);
    push @classes, [$cp, $cp, $class] if $class;
    if (defined getCanon($cp) && !isComp_Ex($cp)) {
        my $raw = charinfo($cp)->{decomposition};
        my @pair = map { hex } split / /, $raw;
        push @compositions, [@pair, $cp] if $raw !~ /^</ && @pair == 2;
    }
}

# Runs of code points that each map to one code point, both counting up by one, become one line.
my @decompositionLines;
for my $d (@decompositions) {
    my ($cp, $to) = @$d;
    my $last = $decompositionLines[-1];
    if ($last && @$to == 1 && @{ $last->[2] } == 1 && $last->[1] == $cp - 1 && $last->[2][0] + ($cp - $last->[0]) == $to->[0]) {
        $last->[1] = $cp;
    } else {
        push @decompositionLines, [$cp, $cp, $to];
    }
}
my @classLines;
for my $c (@classes) {
    my $last = $classLines[-1];
    if ($last && $last->[1] == $c->[0] - 1 && $last->[2] == $c->[2]) { $last->[1] = $c->[0]; } else { push @classLines, [@$c]; }
}

my $range = sub { $_[0] == $_[1] ? sprintf('%04X', $_[0]) : sprintf('%04X..%04X', $_[0], $_[1]) };
print "# Unicode ", Unicode::UCD::UnicodeVersion(), " normalisation data for NFKC, written by generate-unicode-nfkc.pl.\n";
print "# [decompositions] code point (or first..last) -> full compatibility decomposition (of the first;\n";
print "#   the others follow, one code point each, counting up). Hangul syllables are left to the formula.\n";
print "# [combining-classes] code point (or first..last) -> canonical combining class (others are 0).\n";
print "# [compositions] first second -> primary composite (composition exclusions left out).\n";
print "[decompositions]\n";
printf "%s %s\n", $range->($_->[0], $_->[1]), join(' ', map { sprintf '%04X', $_ } @{ $_->[2] }) for @decompositionLines;
print "[combining-classes]\n";
printf "%s %d\n", $range->($_->[0], $_->[1]), $_->[2] for @classLines;
print "[compositions]\n";
printf "%04X %04X %04X\n", @$_ for @compositions;
