// @vitest-environment jsdom
import { $createTextNode, $getRoot, $getSelection, $isRangeSelection } from 'lexical';
import { describe, expect, it } from 'vitest';
import { domRangeFor, $selectInBlock } from '../../renderer/editor/locate';
import { $isHeadlineNode } from '../../renderer/editor/nodes';
import { headlessEditor, load, seedArticle } from './helpers';

describe('model offsets ↔ the page', () => {
  it('maps a range over text split by formatting, a link and a line break', () => {
    const p = document.createElement('p');
    p.innerHTML =
      '<span>Kata </span><strong>Wang</strong><br><a href="#"><span>Yi di</span></a><span> Beijing</span>';
    // Model text: "Kata Wang\nYi di Beijing"; "Wang\nYi" is 5..12.
    expect(domRangeFor(p, 5, 12)?.toString()).toBe('WangYi');
    expect(domRangeFor(p, 13, 15)?.toString()).toBe('di');
    expect(domRangeFor(p, 16, 23)?.toString()).toBe('Beijing');
    expect(domRangeFor(p, 20, 99)).toBeNull();
  });

  it('leaves proposed words out, and a range starting after them does not cover them', () => {
    const p = document.createElement('p');
    p.innerHTML =
      '<span>bahwa </span><del data-suggestion="delete"><span>Beijing</span></del><ins data-suggestion="insert"><span>Pyongyang</span></ins><span> ingin</span><br><span>lalu</span>';
    // Model (accepted) text: "bahwa Beijing ingin\nlalu".
    expect(domRangeFor(p, 6, 13)?.toString()).toBe('Beijing');
    const after = domRangeFor(p, 13, 19);
    expect(after?.toString()).toBe(' ingin');
    expect(after?.startContainer.textContent).toBe(' ingin');
    // A caret just before the line break stays on its line; the end of the text is reachable.
    expect(domRangeFor(p, 19, 19)?.startContainer.textContent).toBe(' ingin');
    expect(domRangeFor(p, 24, 24)?.startOffset).toBe(4);
  });

  it('selects a model range inside a Lexical block (what clicking a finding does)', () => {
    const editor = headlessEditor();
    load(editor, seedArticle());
    editor.update(
      () => {
        const para = $getRoot().getChildren()[4]!;
        // "Menteri Luar Negeri…": "Luar Negeri" is 8..19.
        $selectInBlock(para.getKey(), 8, 19);
      },
      { discrete: true },
    );
    const selected = editor.getEditorState().read(() => {
      const sel = $getSelection();
      return $isRangeSelection(sel) ? sel.getTextContent() : null;
    });
    expect(selected).toBe('Luar Negeri');
  });

  it('Enter in the headline starts the body after the byline and dateline', () => {
    const editor = headlessEditor();
    load(editor, seedArticle());
    editor.update(
      () => {
        const headline = $getRoot().getFirstChild();
        if ($isHeadlineNode(headline))
          headline.insertNewAfter().append($createTextNode('Lede baru.'));
      },
      { discrete: true },
    );
    const types = editor.getEditorState().read(() =>
      $getRoot()
        .getChildren()
        .slice(0, 5)
        .map((n) => `${n.getType()}:${n.getTextContent().slice(0, 10)}`),
    );
    expect(types[0]).toMatch(/^headline:/);
    expect(types[1]).toMatch(/^byline:/);
    expect(types[2]).toMatch(/^dateline:/);
    expect(types[3]).toBe('paragraph:Lede baru.');
  });
});
