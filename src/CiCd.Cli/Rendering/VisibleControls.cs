using Spectre.Console;
using Spectre.Console.Rendering;

namespace CiCd.Cli.Rendering;

/// <summary>
/// The console's last step before the terminal: every text segment of everything rendered (tables, markup, plain lines)
/// shows its control characters as escapes (<see cref="ConsoleText.Visible"/>), so no renderer can forget to. Spectre's
/// own colours and cursor moves are not in the text (they are styles and control segments) and pass unchanged; JSON
/// printed through the console has no raw control character to change.
/// </summary>
internal sealed class VisibleControls : IRenderHook
{
    /// <inheritdoc />
    public IEnumerable<IRenderable> Process(RenderOptions options, IEnumerable<IRenderable> renderables) =>
        renderables.Select(r => new Shown(r));

    private sealed class Shown(IRenderable inner) : IRenderable
    {
        public Measurement Measure(RenderOptions options, int maxWidth) => inner.Measure(options, maxWidth);

        public IEnumerable<Segment> Render(RenderOptions options, int maxWidth) =>
            inner.Render(options, maxWidth).Select(s => s.IsControlCode || s.IsLineBreak ? s : Visible(s));

        private static Segment Visible(Segment segment) =>
            ConsoleText.Visible(segment.Text, keepLayout: true) is var text && ReferenceEquals(text, segment.Text)
                ? segment
                : new Segment(text, segment.Style, segment.Link);
    }
}
